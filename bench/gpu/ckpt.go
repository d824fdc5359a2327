package gpu

import (
	"bufio"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
)

// writeModel writes config.json and a model.safetensors of random weights
// (bf16, normal with standard deviation 0.02; norm weights 1) for the
// named config into dir, and returns the number of parameters.
func writeModel(dir, name string, seed int64) (int64, error) {
	cfg, err := configOf(name)
	if err != nil {
		return 0, err
	}
	js, err := json.MarshalIndent(cfg, "", " ")
	if err != nil {
		return 0, err
	}
	cfgPath := filepath.Join(dir, "config.json")
	if err := os.WriteFile(cfgPath, js, 0o644); err != nil {
		return 0, err
	}
	mc, err := models.LoadConfig(cfgPath)
	if err != nil {
		return 0, err
	}
	m, err := models.New(mc, "")
	if err != nil {
		return 0, err
	}
	// The weights a program needs are its non-input parameters.
	f, err := frontend.Build("params", func(g *frontend.Graph) error {
		return m.Build(g, models.Spec{Batch: 1, Seq: 1, Cache: 2}, ir.BFloat16)
	})
	if err != nil {
		return 0, fmt.Errorf("building %s: %w", name, err)
	}
	var params []*ir.Value
	for _, p := range f.Params {
		if !models.IsInputName(p.Name) {
			params = append(params, p)
		}
	}
	sort.Slice(params, func(i, j int) bool { return params[i].Name < params[j].Name })
	return writeSafetensors(filepath.Join(dir, "model.safetensors"), params, seed)
}

// writeSafetensors streams random bf16 tensors. Values come from a table
// of 1<<20 normal draws read at a random offset per tensor, which keeps
// writing 16 GB fast while no two tensors are equal.
func writeSafetensors(path string, params []*ir.Value, seed int64) (int64, error) {
	type entry struct {
		DType   string `json:"dtype"`
		Shape   []int  `json:"shape"`
		Offsets [2]int `json:"data_offsets"`
	}
	header := map[string]entry{}
	off := 0
	var count int64
	for _, p := range params {
		n := p.Type.Shape.NumElements()
		header[p.Name] = entry{"BF16", append([]int{}, p.Type.Shape...), [2]int{off, off + 2*n}}
		off += 2 * n
		count += int64(n)
	}
	hj, err := json.Marshal(header)
	if err != nil {
		return 0, err
	}
	for len(hj)%8 != 0 {
		hj = append(hj, ' ')
	}
	fh, err := os.Create(path)
	if err != nil {
		return 0, err
	}
	w := bufio.NewWriterSize(fh, 8<<20)
	var size [8]byte
	binary.LittleEndian.PutUint64(size[:], uint64(len(hj)))
	w.Write(size[:])
	w.Write(hj)
	r := rand.New(rand.NewSource(seed))
	const tableN = 1 << 20
	table := make([]byte, 4*tableN) // twice over, so any window of tableN fits
	for i := 0; i < tableN; i++ {
		b := bf16(float32(0.02 * r.NormFloat64()))
		binary.LittleEndian.PutUint16(table[2*i:], b)
		binary.LittleEndian.PutUint16(table[2*(i+tableN):], b)
	}
	one := make([]byte, 2*tableN)
	for i := 0; i < tableN; i++ {
		binary.LittleEndian.PutUint16(one[2*i:], bf16(1))
	}
	for _, p := range params {
		n := p.Type.Shape.NumElements()
		src := table
		if p.Type.Shape.Rank() == 1 && isNorm(p.Name) {
			src = one
		}
		for n > 0 {
			k := min(n, tableN)
			start := 0
			if len(src) == len(table) {
				start = 2 * r.Intn(tableN)
			}
			if _, err := w.Write(src[start : start+2*k]); err != nil {
				fh.Close()
				return 0, err
			}
			n -= k
		}
	}
	if err := w.Flush(); err != nil {
		fh.Close()
		return 0, err
	}
	return count, fh.Close()
}

func isNorm(name string) bool {
	return strings.Contains(name, "norm") || strings.Contains(name, "ln_")
}

// bf16 rounds x to bfloat16 bits (nearest even).
func bf16(x float32) uint16 {
	b := math.Float32bits(x)
	return uint16((b + 0x7FFF + (b>>16)&1) >> 16)
}
