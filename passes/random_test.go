package passes_test

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
)

// progGen builds random valid functions over f32[2,3], i32[2,3] and
// bool[2,3] values, biased toward the patterns the passes rewrite: splat
// constants 0, -0, 1 (as constants and broadcast scalars), duplicate
// subexpressions, transpose/reshape round trips, same-dtype converts.
type progGen struct {
	t    *testing.T
	r    *rand.Rand
	f    *ir.Func
	pool map[ir.DType][]*ir.Value
	side []*ir.Value // values of other shapes: returned as extra results
}

var genShape = ir.Shape{2, 3}

func (g *progGen) pick(dt ir.DType) *ir.Value {
	vs := g.pool[dt]
	return vs[g.r.IntN(len(vs))]
}

func (g *progGen) add(v *ir.Value, err error) {
	if err != nil {
		g.t.Fatalf("generator emitted an invalid value: %v\n%s", err, g.f)
	}
	if !v.Type.Shape.Equal(genShape) {
		g.side = append(g.side, v)
		return
	}
	g.pool[v.Type.DType] = append(g.pool[v.Type.DType], v)
}

func (g *progGen) emit(op ir.Op, attrs any, args ...*ir.Value) (*ir.Value, error) {
	return g.f.Emit(op, attrs, ir.Pos{}, args...)
}

func (g *progGen) splat(dt ir.DType) (*ir.Value, error) {
	var x float64
	if dt.IsFloat() {
		x = []float64{0, math.Copysign(0, -1), 1, 2, -1, math.NaN(), math.Inf(1)}[g.r.IntN(7)]
	} else {
		x = []float64{0, 1, -1, 7}[g.r.IntN(4)]
	}
	if g.r.IntN(2) == 0 { // a full constant
		t := ir.Type{DType: dt, Shape: genShape}
		data := make([]byte, t.Bytes())
		for i := 0; i < genShape.NumElements(); i++ {
			ir.PutElementFloat(dt, data, i, x)
		}
		return g.f.Constant(t, data, ir.Pos{})
	}
	data := make([]byte, dt.Size())
	ir.PutElementFloat(dt, data, 0, x)
	s, err := g.f.Constant(ir.T(dt), data, ir.Pos{})
	if err != nil {
		return nil, err
	}
	return g.emit(ir.OpBroadcastInDim, &ir.BroadcastAttrs{Shape: genShape.Clone()}, s)
}

func (g *progGen) step() {
	F, I, B := ir.Float32, ir.Int32, ir.Bool
	switch g.r.IntN(14) {
	case 0:
		g.add(g.splat(F))
	case 1:
		g.add(g.splat(I))
	case 2:
		op := []ir.Op{ir.OpNeg, ir.OpExp, ir.OpAbs, ir.OpTanh, ir.OpFloor, ir.OpSign}[g.r.IntN(6)]
		g.add(g.emit(op, nil, g.pick(F)))
	case 3, 4:
		op := []ir.Op{ir.OpAdd, ir.OpSub, ir.OpMul, ir.OpDiv, ir.OpMax, ir.OpMin}[g.r.IntN(6)]
		x, y := g.pick(F), g.pick(F)
		if g.r.IntN(2) == 0 { // against a fresh splat, on either side
			s, err := g.splat(F)
			if err != nil {
				g.t.Fatal(err)
			}
			x, y = s, x
			if g.r.IntN(2) == 0 {
				x, y = y, x
			}
		}
		g.add(g.emit(op, nil, x, y))
	case 5:
		op := []ir.Op{ir.OpAdd, ir.OpSub, ir.OpMul, ir.OpDiv, ir.OpRemainder, ir.OpXor, ir.OpNeg, ir.OpNot}[g.r.IntN(8)]
		if op == ir.OpNeg || op == ir.OpNot {
			g.add(g.emit(op, nil, g.pick(I)))
		} else {
			g.add(g.emit(op, nil, g.pick(I), g.pick(I)))
		}
	case 6:
		dt := []ir.DType{F, I}[g.r.IntN(2)]
		g.add(g.emit(ir.OpCompare, &ir.CompareAttrs{Dir: ir.CompareDir(g.r.IntN(6))}, g.pick(dt), g.pick(dt)))
	case 7:
		if g.r.IntN(3) == 0 {
			g.add(g.emit(ir.OpNot, nil, g.pick(B)))
			return
		}
		dt := []ir.DType{F, I}[g.r.IntN(2)]
		g.add(g.emit(ir.OpSelect, nil, g.pick(B), g.pick(dt), g.pick(dt)))
	case 8:
		from, to := []ir.DType{F, I}[g.r.IntN(2)], []ir.DType{F, I, ir.BFloat16}[g.r.IntN(3)]
		c, err := g.emit(ir.OpConvert, &ir.ConvertAttrs{To: to}, g.pick(from))
		if err == nil && to == ir.BFloat16 {
			c, err = g.emit(ir.OpConvert, &ir.ConvertAttrs{To: F}, c)
		}
		g.add(c, err)
	case 9: // transpose round trip, through a second transpose
		x := g.pick([]ir.DType{F, I}[g.r.IntN(2)])
		a, err := g.emit(ir.OpTranspose, &ir.TransposeAttrs{Perm: []int{1, 0}}, x)
		if err == nil {
			a, err = g.emit(ir.OpTranspose, &ir.TransposeAttrs{Perm: []int{1, 0}}, a)
		}
		g.add(a, err)
	case 10: // reshape round trip
		x := g.pick(F)
		mid := []ir.Shape{{6}, {3, 2}, {2, 3}}[g.r.IntN(3)]
		a, err := g.emit(ir.OpReshape, &ir.ReshapeAttrs{Shape: mid}, x)
		if err == nil {
			a, err = g.emit(ir.OpReshape, &ir.ReshapeAttrs{Shape: genShape.Clone()}, a)
		}
		g.add(a, err)
	case 11: // a duplicate of an existing value
		vs := g.f.Values
		v := vs[g.r.IntN(len(vs))]
		if v.Op.Info().Flags&ir.FlagSource != 0 {
			return
		}
		g.add(g.emit(v.Op, v.Attrs, v.Args...))
	case 12:
		switch g.r.IntN(3) {
		case 0:
			g.add(g.emit(ir.OpSoftmax, &ir.AxisAttrs{Axis: 1}, g.pick(F)))
		case 1:
			g.add(g.emit(ir.OpSilu, nil, g.pick(F)))
		default:
			g.add(g.emit(ir.OpGelu, &ir.GeluAttrs{Approx: ir.GeluApprox(g.r.IntN(2))}, g.pick(F)))
		}
	case 13:
		x := g.pick(F)
		g.add(g.emit(ir.OpSlice, &ir.SliceAttrs{Start: []int{0, 0}, Limit: []int{2, 3}, Stride: []int{1, 1 + g.r.IntN(2)*3}}, x))
	}
}

func genProgram(t *testing.T, seed uint64) *ir.Func { return genProgramN(t, seed, 30) }

func genProgramN(t *testing.T, seed uint64, steps int) *ir.Func {
	g := &progGen{t: t, r: rand.New(rand.NewPCG(seed, 11)), f: ir.NewFunc("random"), pool: map[ir.DType][]*ir.Value{}}
	g.pool[ir.Float32] = []*ir.Value{g.f.Param("x", ir.T(ir.Float32, 2, 3)), g.f.Param("y", ir.T(ir.Float32, 2, 3))}
	g.pool[ir.Int32] = []*ir.Value{g.f.Param("n", ir.T(ir.Int32, 2, 3))}
	g.pool[ir.Bool] = []*ir.Value{g.f.Param("p", ir.T(ir.Bool, 2, 3))}
	for i := 0; i < steps; i++ {
		g.step()
	}
	var res []*ir.Value
	for _, dt := range []ir.DType{ir.Float32, ir.Int32, ir.Bool} {
		vs := g.pool[dt]
		res = append(res, vs[len(vs)-1], vs[g.r.IntN(len(vs))])
	}
	g.f.SetResults(append(res, g.side...), nil)
	return g.f
}

// TestRandomProgramsKeepTheirMeaning runs random programs through the
// standard pipeline. Keeping every composite, the result must be bit-for-bit
// the same on inputs with -0, inf and NaN; decomposing everything, within
// float tolerance on ordinary inputs.
func TestRandomProgramsKeepTheirMeaning(t *testing.T) {
	keepAll := func(ir.Op) bool { return true }
	shrunk := 0
	for seed := uint64(0); seed < 150; seed++ {
		orig := genProgram(t, seed)
		exact := genProgram(t, seed)
		if err := passes.Standard(keepAll, interpEval).Run(exact, passes.Options{Verify: true}); err != nil {
			t.Fatalf("seed %d: %v\n%s", seed, err, orig)
		}
		if len(exact.Values) < len(orig.Values) {
			shrunk++
		}
		full := genProgram(t, seed)
		if err := passes.Standard(nil, interpEval).Run(full, passes.Options{Verify: true}); err != nil {
			t.Fatalf("seed %d: %v\n%s", seed, err, orig)
		}
		r := rand.New(rand.NewPCG(seed, 3))
		for trial := 0; trial < 4; trial++ {
			args := randomArgsSpecial(t, r, orig, trial > 0)
			want := run(t, orig, args)
			got := run(t, exact, args)
			for i := range want {
				if !want[i].Equal(got[i]) {
					t.Fatalf("seed %d trial %d: result %d changed by the exact passes:\n got  %v\n want %v\n--- before\n%s--- after\n%s", seed, trial, i, got[i], want[i], orig, exact)
				}
			}
			if trial > 0 {
				continue
			}
			got = run(t, full, args)
			for i := range want {
				if err := closeTo(want[i], got[i], 1e-5, 1e-5); err != nil {
					t.Fatalf("seed %d: result %d after decompose: %v\n--- before\n%s--- after\n%s", seed, i, err, orig, full)
				}
			}
		}
	}
	if shrunk < 100 {
		t.Errorf("the passes shrank only %d of 150 random programs: the generator no longer exercises them", shrunk)
	}
}

// BenchmarkStandard measures the standard pipeline (everything decomposed)
// on a random program of about 5000 values.
func BenchmarkStandard(b *testing.B) {
	t := &testing.T{}
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		f := genProgramN(t, 1, 5000)
		b.StartTimer()
		if err := passes.Standard(nil, interpEval).Run(f, passes.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
