// Command kbench times kiln's tokenizer on the shared corpus and prints the
// same JSON shape as hf_bench.py, so the two can be compared on one machine:
//
//	go build -o .scratch/kbench ./bench/tokenizers
//	.scratch/kbench DIR            # DIR as for hf_bench.py
//
// single_mb_s: one goroutine calling Encode on each text in turn;
// batch_mb_s: EncodeBatch over the corpus (GOMAXPROCS workers). Best of
// repeated runs lasting at least -min-time, after one warm-up run.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/kiln-ml/kiln/tokenizer"
)

type result struct {
	SingleMBs float64 `json:"single_mb_s"`
	BatchMBs  float64 `json:"batch_mb_s"`
	Tokens    int     `json:"tokens"`
}

func bestRate(fn func() error, nbytes int, minTime time.Duration) (float64, error) {
	if err := fn(); err != nil {
		return 0, err
	}
	best := time.Duration(1 << 62)
	start := time.Now()
	for runs := 0; runs < 3 || time.Since(start) < minTime; runs++ {
		t0 := time.Now()
		if err := fn(); err != nil {
			return 0, err
		}
		best = min(best, time.Since(t0))
	}
	return float64(nbytes) / best.Seconds() / 1e6, nil
}

func run() error {
	names := flag.String("names", "llama2,llama3,qwen3,gpt2,bert", "tokenizers (sub-directories of DIR)")
	minTime := flag.Duration("min-time", 2*time.Second, "minimum measuring time per figure")
	flag.Parse()
	if flag.NArg() != 1 {
		return fmt.Errorf("usage: kbench [-names a,b] [-min-time 2s] DIR")
	}
	dir := flag.Arg(0)
	data, err := os.ReadFile(filepath.Join(dir, "corpus_shared.json"))
	if err != nil {
		return err
	}
	var corpus []string
	if err := json.Unmarshal(data, &corpus); err != nil {
		return fmt.Errorf("corpus_shared.json: %v", err)
	}
	nbytes := 0
	for _, s := range corpus {
		nbytes += len(s)
	}
	out := map[string]any{"library": "kiln", "version": runtime.Version(), "cpus": runtime.NumCPU(),
		"corpus_bytes": nbytes, "texts": len(corpus)}
	results := map[string]result{}
	for _, name := range strings.Split(*names, ",") {
		tk, err := tokenizer.FromDir(filepath.Join(dir, name))
		if err != nil {
			return err
		}
		var r result
		if r.SingleMBs, err = bestRate(func() error {
			for _, s := range corpus {
				if _, err := tk.Encode(s); err != nil {
					return err
				}
			}
			return nil
		}, nbytes, *minTime); err != nil {
			return err
		}
		if r.BatchMBs, err = bestRate(func() error {
			_, err := tk.EncodeBatch(corpus)
			return err
		}, nbytes, *minTime); err != nil {
			return err
		}
		encs, _ := tk.EncodeBatch(corpus)
		for _, e := range encs {
			r.Tokens += e.Len()
		}
		r.SingleMBs = float64(int(r.SingleMBs*1000)) / 1000
		r.BatchMBs = float64(int(r.BatchMBs*1000)) / 1000
		results[name] = r
		fmt.Fprintln(os.Stderr, name, r)
	}
	out["results"] = results
	return json.NewEncoder(os.Stdout).Encode(out)
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "kbench:", err)
		os.Exit(1)
	}
}
