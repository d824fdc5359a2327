package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/kiln-ml/kiln/mesh"
)

// procFlags are --coordinator, --num-processes, --process-id and
// --process-timeout: several processes (on one host or several) running
// one mesh, as jax.distributed.initialize's arguments.
type procFlags struct {
	coordinator string
	num, id     int
	timeout     time.Duration
}

// processFlagNames are left out of the fingerprint: they differ between
// the processes of one run.
var processFlagNames = map[string]bool{"coordinator": true, "num-processes": true, "process-id": true, "process-timeout": true}

func (p *procFlags) register(f *pflag.FlagSet, meshFlag string) {
	f.StringVar(&p.coordinator, "coordinator", "", "HOST:PORT of process 0 of a run over several processes (--num-processes): process 0 listens there, the others connect (docs/distributed.md)")
	f.IntVar(&p.num, "num-processes", 1, "spread the "+meshFlag+" devices over this many processes, started with the same arguments and each its own --process-id; devices split evenly, only process 0 prints or writes results")
	f.IntVar(&p.id, "process-id", 0, "this process's index in [0, --num-processes)")
	f.DurationVar(&p.timeout, "process-timeout", mesh.DefaultTimeout, "how long a process waits to join, and for the others at each exchange, before failing (a lost process is noticed at once)")
}

// join checks the flags and, for several processes, joins the group
// running a one-axis mesh of devices (axis "tp" or "dp"). nil without
// --num-processes. Processes other than 0 get their standard output
// discarded: only process 0 prints results.
func (p *procFlags) join(ctx context.Context, cmd *cobra.Command, meshFlag, axis string, devices int) (*mesh.ProcessGroup, error) {
	set := cmd.Flags().Changed
	if p.num < 1 {
		return nil, fmt.Errorf("--num-processes %d: want >= 1", p.num)
	}
	if p.num == 1 {
		if set("coordinator") || set("process-id") {
			return nil, fmt.Errorf("--coordinator and --process-id apply to a run over several processes: give --num-processes N")
		}
		return nil, nil
	}
	if devices <= 1 {
		return nil, fmt.Errorf("--num-processes %d spreads a mesh's devices over processes: give %s N (a multiple of %d)", p.num, meshFlag, p.num)
	}
	if devices%p.num != 0 {
		return nil, fmt.Errorf("--num-processes %d: %s %d devices do not split evenly over the processes", p.num, meshFlag, devices)
	}
	if p.coordinator == "" {
		return nil, fmt.Errorf("--num-processes %d needs --coordinator HOST:PORT (process 0 listens there)", p.num)
	}
	if p.id < 0 || p.id >= p.num {
		return nil, fmt.Errorf("--process-id %d outside [0, %d)", p.id, p.num)
	}
	m, err := mesh.New([]string{axis}, []int{devices})
	if err != nil {
		return nil, err
	}
	g, err := mesh.JoinProcesses(ctx, mesh.Coordinator{Address: p.coordinator, NumProcesses: p.num, ProcessID: p.id, Timeout: p.timeout}, m, fingerprint(cmd))
	if err != nil {
		return nil, err
	}
	if p.id != 0 {
		cmd.SetOut(io.Discard)
	}
	return g, nil
}

// leave closes the group after the run (every process waits for the
// others to finish), keeping the run's error first (and sending it to the
// other processes), and gives cmd its standard output back.
func leave(cmd *cobra.Command, g *mesh.ProcessGroup, err *error) {
	if g == nil {
		return
	}
	if g.ProcessID() != 0 {
		cmd.SetOut(nil)
	}
	if *err != nil {
		g.Fail(*err) // the others' next exchange fails with this error, not a mismatch
	}
	if cerr := g.Close(); *err == nil {
		*err = cerr
	}
}

// fingerprint hashes what the processes of one run must agree on: the
// command, every flag set (but the process flags) and the model's
// config.json when --model is a local directory.
func fingerprint(cmd *cobra.Command) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\n", cmd.CommandPath())
	var names []string
	cmd.Flags().Visit(func(f *pflag.Flag) {
		if !processFlagNames[f.Name] {
			names = append(names, f.Name)
		}
	})
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(h, "--%s=%s\n", n, cmd.Flags().Lookup(n).Value.String())
	}
	if f := cmd.Flags().Lookup("model"); f != nil {
		if b, err := os.ReadFile(filepath.Join(f.Value.String(), "config.json")); err == nil {
			h.Write(b)
		}
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// procsNote is what a summary line adds for a run over several processes.
func procsNote(g *mesh.ProcessGroup) string {
	if g == nil {
		return ""
	}
	return fmt.Sprintf(", %d processes", g.NumProcesses())
}
