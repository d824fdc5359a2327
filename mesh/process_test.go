package mesh_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/llvm"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/mesh"
	"github.com/kiln-ml/kiln/tensor"
)

// TestMain lets the test binary be one process of a group: with
// KILN_MESH_CHILD set it runs that scenario (child) instead of the tests.
func TestMain(m *testing.M) {
	if sc := os.Getenv("KILN_MESH_CHILD"); sc != "" {
		if err := child(sc); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// freeAddr returns a 127.0.0.1 address with a port free a moment ago.
func freeAddr(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

type proc struct {
	cmd *exec.Cmd
	out string
	log bytes.Buffer
}

// spawn starts the test binary as process pid of nproc running scenario;
// it writes what it wants checked to p.out.
func spawn(t *testing.T, scenario, addr string, pid, nproc int, env ...string) *proc {
	p := &proc{out: filepath.Join(t.TempDir(), "out.safetensors")}
	p.cmd = exec.Command(os.Args[0], "-test.run=^$")
	p.cmd.Env = append(os.Environ(), "KILN_MESH_CHILD="+scenario, "KILN_MESH_ADDR="+addr,
		"KILN_MESH_PID="+strconv.Itoa(pid), "KILN_MESH_NPROC="+strconv.Itoa(nproc), "KILN_MESH_OUT="+p.out)
	p.cmd.Env = append(p.cmd.Env, env...)
	p.cmd.Stdout, p.cmd.Stderr = &p.log, &p.log
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if p.cmd.ProcessState == nil {
			p.cmd.Process.Kill()
			p.cmd.Wait()
		}
	})
	return p
}

func (p *proc) wait(t *testing.T) {
	t.Helper()
	if err := p.cmd.Wait(); err != nil {
		t.Fatalf("child: %v\n%s", err, p.log.String())
	}
}

// chainMesh is the mesh of the chain scenario: 4 devices on (dp, tp) of
// (2, 2), so that with 2 processes the tp groups stay within a process
// and the dp and all-device groups span both.
func chainMesh() *mesh.Mesh {
	m, err := mesh.New([]string{"dp", "tp"}, []int{2, 2})
	if err != nil {
		panic(err)
	}
	return m
}

// runChain runs a chain of collectives over tp, dp and every device
// (interp on each device: b from NewBackend, or with inner stages) on
// seeded inputs, twice (the second run takes the first's sharded result,
// a buffer only partly held by each process), and returns every result
// downloaded, then every device's part of the sharded one (Parts).
func runChain(b *mesh.Backend) (map[string]*tensor.Tensor, error) {
	m := b.Mesh()
	tp, _ := m.Replicas("tp")
	dp, _ := m.Replicas("dp")
	all, _ := m.Replicas()
	f, err := frontend.Build("chain", func(g *frontend.Graph) error {
		x := g.Param("x", ir.Float32, 2, 4)
		y := x.Exp()
		a := y.AllGather(0, tp).Mul(y.Scalar(0.5))
		c1 := a.AllReduce(ir.ReduceMax, dp).Tanh()
		c := c1.ReduceScatter(0, tp).Add(y).Add(x.Scalar(3)).AllReduce(ir.ReduceSum, all)
		g.Return(frontend.Out("c", c), frontend.Out("b", c1), frontend.Out("h", y.Sin()))
		return nil
	})
	if err != nil {
		return nil, err
	}
	ex, err := b.Compile(f, backends.CompileOptions{})
	if err != nil {
		return nil, err
	}
	r := rand.New(rand.NewPCG(7, 8))
	parts := make([]*tensor.Tensor, m.Size())
	for d := range parts {
		vals := make([]float64, 8)
		for i := range vals {
			vals[i] = r.NormFloat64()
		}
		parts[d], _ = tensor.FromFloat64(ir.Float32, ir.Shape{2, 4}, vals)
	}
	xb, err := b.UploadShards(0, parts)
	if err != nil {
		return nil, err
	}
	got := map[string]*tensor.Tensor{}
	for round := 0; round < 2; round++ {
		outs, err := ex.Run([]backends.Buffer{xb}, backends.RunOptions{})
		if err != nil {
			return nil, err
		}
		for i, name := range []string{"c", "b", "h"} {
			if got[fmt.Sprint(name, round)], err = outs[i].Download(); err != nil {
				return nil, err
			}
		}
		ps, err := outs[2].(*mesh.Buffer).Parts()
		if err != nil {
			return nil, err
		}
		for d, p := range ps {
			got[fmt.Sprintf("h%d.part%d", round, d)] = p
		}
		xb = outs[2] // sharded along 0 by the hook: the next round's x
	}
	return got, nil
}

func chainBackend(m *mesh.Mesh) *mesh.Backend {
	var inner backends.Backend
	if os.Getenv("KILN_MESH_INNER") == "llvm" {
		inner = llvm.New(llvm.Options{})
	}
	return mesh.NewBackendOn(m, inner, func(name string) (int, bool) { return 0, name == "h" })
}

func env(name string) int {
	v, err := strconv.Atoi(os.Getenv(name))
	if err != nil {
		panic(name + ": " + err.Error())
	}
	return v
}

// child runs one scenario as process KILN_MESH_PID.
func child(scenario string) error {
	c := mesh.Coordinator{Address: os.Getenv("KILN_MESH_ADDR"), NumProcesses: env("KILN_MESH_NPROC"), ProcessID: env("KILN_MESH_PID"), Timeout: 20 * time.Second}
	m := chainMesh()
	if os.Getenv("KILN_MESH_DEVICES") != "" {
		m, _ = mesh.New([]string{"dp", "tp"}, []int{env("KILN_MESH_DEVICES") / 2, 2})
	}
	fp := "chain"
	if s := os.Getenv("KILN_MESH_FP"); s != "" {
		fp = s
	}
	g, err := mesh.JoinProcesses(context.Background(), c, m, fp)
	out := os.Getenv("KILN_MESH_OUT")
	if scenario == "join" { // report the join's error for the parent to check
		msg := "joined"
		if err != nil {
			msg = err.Error()
		}
		return os.WriteFile(out, []byte(msg), 0o644)
	}
	if err != nil {
		return err
	}
	b := chainBackend(m)
	if err := b.SetProcesses(g); err != nil {
		return err
	}
	switch scenario {
	case "chain":
		got, err := runChain(b)
		if err != nil {
			return err
		}
		if err := tensor.WriteSafetensorsFile(out, got, nil); err != nil {
			return err
		}
		return g.Close()
	case "fault": // device 2 (this process's first) is lost in the first stage
		b.SetFault(func(d int) error {
			if d == 2 {
				return mesh.ErrDeviceLost
			}
			return nil
		})
		_, err := runChain(b)
		return os.WriteFile(out, []byte(fmt.Sprint(err)), 0o644)
	case "hang": // join, then stop answering (a stuck or dying process)
		time.Sleep(time.Minute)
		return nil
	}
	return fmt.Errorf("unknown scenario %q", scenario)
}

// TestProcessesChain: a chain of collectives over tp (within a process),
// dp and every device (across processes) on 2 processes x 2 devices, and
// on 4 processes x 1 device, gives every process the one-process mesh's
// results bit for bit (downloads, the parts of a sharded result, and a
// second run fed the first's sharded result).
//
// With llvm stages (KILN_MESH_INNER=llvm, here and in the children), the
// same against the one-process mesh on llvm.
func TestProcessesChain(t *testing.T) {
	for _, inner := range []string{"interp", "llvm"} {
		if inner == "llvm" {
			if err := llvm.New(llvm.Options{}).Available(); err != nil {
				t.Log("llvm stages skipped:", err)
				continue
			}
		}
		t.Setenv("KILN_MESH_INNER", inner) // read by chainBackend, inherited by the children
		testProcessesChain(t, inner)
	}
}

func testProcessesChain(t *testing.T, inner string) {
	want, err := runChain(chainBackend(chainMesh()))
	if err != nil {
		t.Fatal(err)
	}
	for _, nproc := range []int{2, 4} {
		t.Run(fmt.Sprint(inner, "/", nproc, "processes"), func(t *testing.T) {
			addr := freeAddr(t)
			var kids []*proc
			for pid := 1; pid < nproc; pid++ {
				kids = append(kids, spawn(t, "chain", addr, pid, nproc))
			}
			m := chainMesh()
			g, err := mesh.JoinProcesses(context.Background(), mesh.Coordinator{Address: addr, NumProcesses: nproc, Timeout: 20 * time.Second}, m, "chain")
			if err != nil {
				t.Fatal(err)
			}
			b := chainBackend(m)
			if err := b.SetProcesses(g); err != nil {
				t.Fatal(err)
			}
			got, err := runChain(b)
			if err != nil {
				t.Fatal(err)
			}
			if err := g.Close(); err != nil {
				t.Fatal(err)
			}
			results := []map[string]*tensor.Tensor{got}
			for _, k := range kids {
				k.wait(t)
				r, _, err := tensor.ReadSafetensors(k.out)
				if err != nil {
					t.Fatal(err)
				}
				results = append(results, r)
			}
			for p, r := range results {
				for name, w := range want {
					if !r[name].Equal(w) {
						t.Errorf("process %d: %s differs from the one-process mesh's", p, name)
					}
				}
			}
		})
	}
}

// TestProcessesHandshakeRefuses: a process running another program
// (fingerprint) or another mesh (device count) is refused on both sides
// with the field and both values named.
func TestProcessesHandshakeRefuses(t *testing.T) {
	for _, c := range []struct {
		env   string
		field string
		vals  []string
	}{
		{"KILN_MESH_FP=other", "program fingerprint", []string{"chain", "other"}},
		{"KILN_MESH_DEVICES=8", "device count", []string{"has 4", "has 8"}},
	} {
		t.Run(c.field, func(t *testing.T) {
			addr := freeAddr(t)
			k := spawn(t, "join", addr, 1, 2, c.env)
			_, err := mesh.JoinProcesses(context.Background(), mesh.Coordinator{Address: addr, NumProcesses: 2, Timeout: 20 * time.Second}, chainMesh(), "chain")
			k.wait(t)
			theirs, rerr := os.ReadFile(k.out)
			if rerr != nil {
				t.Fatal(rerr)
			}
			for who, msg := range map[string]string{"process 0": fmt.Sprint(err), "process 1": string(theirs)} {
				ok := strings.Contains(msg, c.field)
				for _, v := range c.vals {
					ok = ok && strings.Contains(msg, v)
				}
				if !ok {
					t.Errorf("%s: %q does not name %s and %q", who, msg, c.field, c.vals)
				}
			}
		})
	}
}

// TestProcessesLostPeer: a process killed, or stuck past the timeout,
// while the others wait in an exchange makes their call fail within the
// timeout with ErrProcessLost naming the lost process and the exchange
// (the program and its collectives), on the coordinator and on a
// follower; the group then refuses further calls with the same error.
func TestProcessesLostPeer(t *testing.T) {
	for _, c := range []struct {
		name       string
		me         int // this test process's id; the child is the other
		kill       bool
		timeout    time.Duration
		lost, says string
	}{
		{"killed follower", 0, true, 20 * time.Second, "process 1 of 2 lost during chain: the collectives after stage 0", ""},
		{"killed coordinator", 1, true, 20 * time.Second, "process 0 (the coordinator) of 2 lost during chain", ""},
		{"stuck follower", 0, false, time.Second, "process 1 of 2 lost during chain", "within the timeout 1s"},
	} {
		t.Run(c.name, func(t *testing.T) {
			addr := freeAddr(t)
			k := spawn(t, "hang", addr, 1-c.me, 2)
			m := chainMesh()
			g, err := mesh.JoinProcesses(context.Background(), mesh.Coordinator{Address: addr, NumProcesses: 2, ProcessID: c.me, Timeout: c.timeout}, m, "chain")
			if err != nil {
				t.Fatal(err)
			}
			b := chainBackend(m)
			b.SetProcesses(g)
			if c.kill {
				time.AfterFunc(200*time.Millisecond, func() { k.cmd.Process.Kill() })
			}
			start := time.Now()
			_, err = runChain(b)
			took := time.Since(start)
			if !errors.Is(err, mesh.ErrProcessLost) || !strings.Contains(err.Error(), c.lost) || !strings.Contains(err.Error(), c.says) {
				t.Fatalf("got %v, want ErrProcessLost with %q and %q", err, c.lost, c.says)
			}
			if limit := c.timeout + 2*time.Second; took > limit {
				t.Errorf("the failure took %s, want within %s", took, limit)
			}
			if err2 := g.Close(); err2 == nil || err2.Error() != err.Error() {
				t.Errorf("close after the failure: %v, want the same error", err2)
			}
		})
	}
}

// TestProcessesFaultOnPeer: a device lost on process 1 fails process 1's
// run with ErrDeviceLost and process 0's with ErrProcessLost naming
// process 1, the device and the exchange.
func TestProcessesFaultOnPeer(t *testing.T) {
	addr := freeAddr(t)
	k := spawn(t, "fault", addr, 1, 2)
	m := chainMesh()
	g, err := mesh.JoinProcesses(context.Background(), mesh.Coordinator{Address: addr, NumProcesses: 2, Timeout: 20 * time.Second}, m, "chain")
	if err != nil {
		t.Fatal(err)
	}
	b := chainBackend(m)
	b.SetProcesses(g)
	_, err = runChain(b)
	k.wait(t)
	theirs, _ := os.ReadFile(k.out)
	if !errors.Is(err, mesh.ErrProcessLost) || !strings.Contains(err.Error(), "process 1: mesh: chain stage 0: device 2 of 4: device lost") ||
		!strings.Contains(err.Error(), "the collectives after stage 0") {
		t.Errorf("process 0: %v", err)
	}
	if !strings.Contains(string(theirs), "device 2 of 4: device lost") {
		t.Errorf("process 1: %s", theirs)
	}
}

// TestJoinTimeout: a process whose peers never come fails its join
// within the timeout, saying what it waited for: process 0 for the
// others, another process for the coordinator (retrying meanwhile).
func TestJoinTimeout(t *testing.T) {
	for id, want := range map[int]string{0: "process 0 waiting for 1 more of 2 processes", 1: "process 1 connecting to the coordinator"} {
		start := time.Now()
		_, err := mesh.JoinProcesses(context.Background(), mesh.Coordinator{Address: freeAddr(t), NumProcesses: 2, ProcessID: id, Timeout: 300 * time.Millisecond}, chainMesh(), "f")
		if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "timeout 300ms") {
			t.Errorf("process %d: %v, want %q", id, err, want)
		}
		if took := time.Since(start); took > 2*time.Second {
			t.Errorf("process %d: the join took %s", id, took)
		}
	}
	for _, c := range []mesh.Coordinator{{NumProcesses: 0}, {NumProcesses: 2, ProcessID: 2}, {NumProcesses: 3}, {NumProcesses: 2}} {
		if _, err := mesh.JoinProcesses(context.Background(), c, chainMesh(), "f"); err == nil {
			t.Errorf("%+v joined", c)
		}
	}
}
