package mesh

import (
	"fmt"
	"sync"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// A staged program runs an SPMD function on a backend that runs one
// device (llvm): the function is cut at its collectives into stages, each
// a collective-free function compiled once on that backend and run on
// every device; between two stages the collectives whose operands are
// ready run on the host, on the mesh, with interp's semantics (one small
// SPMD program per collective). Stage k holds the values whose longest
// chain of collectives from the parameters has length k.
type stagedProgram struct {
	name   string
	sig    backends.Signature
	f      *ir.Func
	stages []*stage
}

type stage struct {
	exe   backends.Executable // nil when the stage computes nothing
	ins   []*ir.Value         // values of f the stage takes, in its parameter order
	outs  []*ir.Value         // values of f it returns, in its result order
	colls []*collective       // collectives whose operand is ready after the stage
}

type collective struct {
	v *ir.Value
	p *interp.SPMDProgram
}

// compileStaged cuts f at its collectives and compiles the stages on inner.
func compileStaged(f *ir.Func, inner backends.Backend, opts backends.CompileOptions) (*stagedProgram, error) {
	level := map[*ir.Value]int{}
	depth := 0
	for _, v := range f.Values {
		l := 0
		for _, a := range v.Args {
			l = max(l, level[a])
		}
		if v.Op.IsCollective() {
			l++
		}
		level[v] = l
		depth = max(depth, l)
	}
	// A value is needed outside its stage by a later stage's value, a
	// collective, or the results.
	needed := map[*ir.Value]bool{}
	for _, v := range f.Values {
		for _, a := range v.Args {
			if v.Op.IsCollective() || level[v] != level[a] {
				needed[a] = true
			}
		}
	}
	for _, r := range f.Results {
		needed[r] = true
	}
	sp := &stagedProgram{name: f.Name, sig: backends.SignatureOf(f), f: f, stages: make([]*stage, depth+1)}
	for k := range sp.stages {
		sp.stages[k] = &stage{}
	}
	for k, st := range sp.stages {
		g := ir.NewFunc(fmt.Sprintf("%s_stage%d", f.Name, k))
		local := map[*ir.Value]*ir.Value{}
		arg := func(a *ir.Value) *ir.Value {
			if l, ok := local[a]; ok {
				return l
			}
			p := g.Param(fmt.Sprintf("in%d", len(st.ins)), a.Type)
			st.ins = append(st.ins, a)
			local[a] = p
			return p
		}
		for _, v := range f.Values {
			if level[v] != k || v.Op == ir.OpParameter || v.Op.IsCollective() {
				continue
			}
			var nv *ir.Value
			var err error
			switch v.Op {
			case ir.OpConstant:
				nv, err = g.Constant(v.Type, v.Attrs.(*ir.ConstantAttrs).Data, v.Pos)
			case ir.OpIota:
				nv, err = g.Iota(v.Type, v.Attrs.(*ir.IotaAttrs).Dim, v.Pos)
			default:
				args := make([]*ir.Value, len(v.Args))
				for i, a := range v.Args {
					args[i] = arg(a)
				}
				nv, err = g.Emit(v.Op, v.Attrs, v.Pos, args...)
			}
			if err != nil {
				return nil, fmt.Errorf("mesh: stage %d of %s: %w", k, f.Name, err)
			}
			local[v] = nv
			if needed[v] {
				st.outs = append(st.outs, v)
			}
		}
		if len(st.outs) > 0 {
			res := make([]*ir.Value, len(st.outs))
			for i, o := range st.outs {
				res[i] = local[o]
			}
			g.SetResults(res, nil)
			exe, err := inner.Compile(g, opts)
			if err != nil {
				return nil, fmt.Errorf("mesh: stage %d of %s on %s: %w", k, f.Name, inner.Name(), err)
			}
			st.exe = exe
		} else {
			st.ins = nil
		}
	}
	for _, v := range f.Values {
		if !v.Op.IsCollective() {
			continue
		}
		c := ir.NewFunc(fmt.Sprintf("%s_%s_%d", f.Name, v.Op, v.ID))
		y, err := c.Emit(v.Op, v.Attrs, v.Pos, c.Param("x", v.Args[0].Type))
		if err != nil {
			return nil, fmt.Errorf("mesh: collective %%%d of %s: %w", v.ID, f.Name, err)
		}
		c.SetResults([]*ir.Value{y}, nil)
		p, err := interp.CompileSPMD(c)
		if err != nil {
			return nil, err
		}
		k := level[v] - 1
		sp.stages[k].colls = append(sp.stages[k].colls, &collective{v: v, p: p})
	}
	return sp, nil
}

// run evaluates the program on every device of m: args[d][i] is device
// d's buffer (on inner) of parameter i; it returns each device's results
// as host tensors. With procs, only this process's devices run (their
// rows of args and of the results are the only ones set), and each
// stage's collectives are one exchange of the group; any failure here
// breaks the group, so the other processes fail too.
func (sp *stagedProgram) run(m *Mesh, inner backends.Backend, args [][]backends.Buffer, fault func(device int) error, procs *ProcessGroup) ([][]*tensor.Tensor, error) {
	res, err := sp.runOn(m, inner, args, fault, procs)
	if err != nil && procs != nil {
		procs.Fail(err)
	}
	return res, err
}

func (sp *stagedProgram) runOn(m *Mesh, inner backends.Backend, args [][]backends.Buffer, fault func(device int) error, procs *ProcessGroup) ([][]*tensor.Tensor, error) {
	n := m.Size()
	local := func(d int) bool { return procs == nil || procs.Local(d) }
	env := make([]map[*ir.Value]backends.Buffer, n)
	var made []backends.Buffer // freed at the end
	defer func() {
		for _, b := range made {
			b.Free()
		}
	}()
	for d := range env {
		env[d] = map[*ir.Value]backends.Buffer{}
		if !local(d) {
			continue
		}
		for i, p := range sp.f.Params {
			env[d][p] = args[d][i]
		}
	}
	var mu sync.Mutex
	for k, st := range sp.stages {
		if st.exe != nil {
			errs := make([]error, n)
			var wg sync.WaitGroup
			for d := 0; d < n; d++ {
				if !local(d) {
					continue
				}
				wg.Add(1)
				go func() {
					defer wg.Done()
					if fault != nil {
						if err := fault(d); err != nil {
							errs[d] = fmt.Errorf("mesh: %s stage %d: device %d of %d: %w", sp.name, k, d, n, err)
							return
						}
					}
					in := make([]backends.Buffer, len(st.ins))
					for i, v := range st.ins {
						in[i] = env[d][v]
					}
					outs, err := st.exe.Run(in, backends.RunOptions{})
					if err != nil {
						errs[d] = fmt.Errorf("mesh: %s stage %d: device %d of %d: %w", sp.name, k, d, n, err)
						return
					}
					mu.Lock()
					defer mu.Unlock()
					made = append(made, outs...)
					for i, v := range st.outs {
						env[d][v] = outs[i]
					}
				}()
			}
			wg.Wait()
			for _, err := range errs {
				if err != nil {
					return nil, err
				}
			}
		}
		if procs != nil && len(st.colls) > 0 {
			if err := sp.exchangeStage(m, inner, k, st, env, procs, &made); err != nil {
				return nil, err
			}
			continue
		}
		for _, c := range st.colls {
			parts := make([][]*tensor.Tensor, n)
			for d := range parts {
				t, err := env[d][c.v.Args[0]].Download()
				if err != nil {
					return nil, fmt.Errorf("mesh: %s: collective %%%d: device %d: %w", sp.name, c.v.ID, d, err)
				}
				parts[d] = []*tensor.Tensor{t}
			}
			outs, err := m.RunProgram(c.p, parts)
			if err != nil {
				return nil, fmt.Errorf("mesh: %s: collective %%%d: %w", sp.name, c.v.ID, err)
			}
			for d := range outs {
				b, err := inner.Upload(outs[d][0])
				if err != nil {
					return nil, err
				}
				made = append(made, b)
				env[d][c.v] = b
			}
		}
	}
	res := make([][]*tensor.Tensor, n)
	for d := range res {
		res[d] = make([]*tensor.Tensor, len(sp.f.Results))
		if !local(d) {
			continue
		}
		for i, r := range sp.f.Results {
			t, err := env[d][r].Download()
			if err != nil {
				return nil, fmt.Errorf("mesh: %s: result %d: device %d: %w", sp.name, i, d, err)
			}
			res[d][i] = t
		}
	}
	return res, nil
}

// exchangeStage runs stage k's collectives across the processes of procs
// in one exchange: each process sends its devices' operands, process 0
// runs every collective on the whole mesh with the host code of the
// one-process path (RunProgram of the same one-op program), and each
// process gets its devices' results back, uploaded to inner.
func (sp *stagedProgram) exchangeStage(m *Mesh, inner backends.Backend, k int, st *stage, env []map[*ir.Value]backends.Buffer, procs *ProcessGroup, made *[]backends.Buffer) error {
	n := m.Size()
	label := fmt.Sprintf("%s: the collectives after stage %d (", sp.name, k)
	in := make([]ir.Type, len(st.colls))
	out := make([]ir.Type, len(st.colls))
	local := grid(len(st.colls), n)
	for i, c := range st.colls {
		switch {
		case i > 0 && i < 4:
			label += ", "
			fallthrough
		case i == 0:
			label += fmt.Sprintf("%s %%%d", c.v.Op, c.v.ID)
		case i == 4:
			label += fmt.Sprintf(" and %d more", len(st.colls)-4)
		}
		in[i], out[i] = c.v.Args[0].Type, c.v.Type
		for d := 0; d < n; d++ {
			if !procs.Local(d) {
				continue
			}
			t, err := env[d][c.v.Args[0]].Download()
			if err != nil {
				return fmt.Errorf("mesh: %s: collective %%%d: device %d: %w", sp.name, c.v.ID, d, err)
			}
			local[i][d] = t
		}
	}
	label += ")"
	outs, err := procs.exchange(exchangeSpec{
		label: label, in: in, out: out, local: local,
		compute: func(all [][]*tensor.Tensor) ([][]*tensor.Tensor, error) {
			res := grid(len(st.colls), n)
			for i, c := range st.colls {
				parts := make([][]*tensor.Tensor, n)
				for d := range parts {
					parts[d] = []*tensor.Tensor{all[i][d]}
				}
				o, err := m.RunProgram(c.p, parts)
				if err != nil {
					return nil, fmt.Errorf("collective %%%d: %w", c.v.ID, err)
				}
				for d := range o {
					res[i][d] = o[d][0]
				}
			}
			return res, nil
		},
	})
	if err != nil {
		return err
	}
	for i, c := range st.colls {
		for d := 0; d < n; d++ {
			if !procs.Local(d) {
				continue
			}
			b, err := inner.Upload(outs[i][d])
			if err != nil {
				return err
			}
			*made = append(*made, b)
			env[d][c.v] = b
		}
	}
	return nil
}
