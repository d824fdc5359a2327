package gpu

import (
	"bufio"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/x448/float16"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/quant"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/kiln-ml/kiln/weights"
)

// GPTQ4 is the -quant value that benchmarks a GPTQ 4-bit copy of each
// model (writeGPTQ4) beside its bf16 checkpoint.
const GPTQ4 = "gptq4"

// gptqGroupSize is the benchmark checkpoint's group_size (GPTQ's and
// most Hub checkpoints' default).
const gptqGroupSize = 128

// gptqConfig is the quantization_config transformers' GPTQConfig.to_dict()
// writes for a 4-bit, group 128, symmetric, non-act-order checkpoint
// (the keys testdata/quant's transformers-written fixtures hold).
func gptqConfig() map[string]any {
	return map[string]any{
		"quant_method": "gptq", "bits": 4, "group_size": gptqGroupSize, "desc_act": false, "sym": true,
		"checkpoint_format": "gptq", "damp_percent": 0.01, "true_sequential": true, "dataset": nil,
		"tokenizer": nil, "use_exllama": false, "model_seqlen": nil, "block_name_to_quantize": "model.layers",
		"modules_in_block_to_quantize": nil,
	}
}

// gptqTarget reports whether the float checkpoint's tensor name is a
// Linear weight GPTQ quantizes: the 2-D "*_proj.weight" of a decoder
// layer whose in_features is a multiple of the group size (lm_head and
// the embeddings stay float, as GPTQ leaves them).
func gptqTarget(name string, t ir.Type) bool {
	return strings.Contains(name, ".layers.") && strings.HasSuffix(name, "_proj.weight") &&
		t.Shape.Rank() == 2 && t.Shape[1]%gptqGroupSize == 0 && t.Shape[0]%8 == 0
}

// stEntry is one safetensors header entry.
type stEntry struct {
	DType   string `json:"dtype"`
	Shape   []int  `json:"shape"`
	Offsets [2]int `json:"data_offsets"`
}

// writeGPTQ4 writes dst (config.json, model.safetensors) as a GPTQ
// checkpoint (quantization_config of gptqConfig) of the float checkpoint
// in src: every gptqTarget weight W [out, in] is quantized round-to-nearest
// as GPTQ's quantizer does with sym (per group of 128 inputs and output o:
// scale = 2*max|w|/15 rounded to float16, zero 8, q = clamp(round(w/scale)
// + 8, 0, 15), ties to even) and packed by quant.PackGPTQ into qweight
// int32 [in/8, out], qzeros int32 [G, out/8] (v1: zero-1), scales float16
// [G, out] and g_idx int32 [in] = i/128; every other tensor is copied.
// It returns the bytes a decode step reads: every tensor but g_idx (kiln
// drops an identity g_idx at load).
func writeGPTQ4(src, dst string) (int64, error) {
	cj, err := os.ReadFile(filepath.Join(src, "config.json"))
	if err != nil {
		return 0, err
	}
	var cfg map[string]any
	if err := json.Unmarshal(cj, &cfg); err != nil {
		return 0, fmt.Errorf("%s: %w", filepath.Join(src, "config.json"), err)
	}
	cfg["quantization_config"] = gptqConfig()
	cfg["torch_dtype"] = "float16"
	if cj, err = json.MarshalIndent(cfg, "", "  "); err != nil {
		return 0, err
	}
	if err := os.WriteFile(filepath.Join(dst, "config.json"), cj, 0o644); err != nil {
		return 0, err
	}
	ck, err := weights.Open(src)
	if err != nil {
		return 0, err
	}
	defer ck.Close()
	header := map[string]stEntry{}
	off := 0
	add := func(name, dt string, shape []int, size int) {
		header[name] = stEntry{dt, shape, [2]int{off, off + size}}
		off += size
	}
	var read int64
	names := ck.Names()
	for _, n := range names {
		t, _ := ck.Info(n)
		if !gptqTarget(n, t) {
			st, err := stDType(t.DType)
			if err != nil {
				return 0, fmt.Errorf("%s: %w", n, err)
			}
			add(n, st, t.Shape, t.Shape.NumElements()*t.DType.Size())
			continue
		}
		p, out, in := strings.TrimSuffix(n, ".weight"), t.Shape[0], t.Shape[1]
		g := in / gptqGroupSize
		add(p+".qweight", "I32", []int{in / 8, out}, 4*in/8*out)
		add(p+".qzeros", "I32", []int{g, out / 8}, 4*g*out/8)
		add(p+".scales", "F16", []int{g, out}, 2*g*out)
		add(p+".g_idx", "I32", []int{in}, 4*in)
		read -= int64(4 * in)
	}
	read += int64(off)
	// Data in the order of the offsets.
	order := make([]string, 0, len(header))
	for n := range header {
		order = append(order, n)
	}
	sort.Slice(order, func(i, j int) bool { return header[order[i]].Offsets[0] < header[order[j]].Offsets[0] })
	hj, err := json.Marshal(header)
	if err != nil {
		return 0, err
	}
	for len(hj)%8 != 0 {
		hj = append(hj, ' ')
	}
	fh, err := os.Create(filepath.Join(dst, "model.safetensors"))
	if err != nil {
		return 0, err
	}
	defer fh.Close()
	w := bufio.NewWriterSize(fh, 8<<20)
	var size [8]byte
	binary.LittleEndian.PutUint64(size[:], uint64(len(hj)))
	w.Write(size[:])
	w.Write(hj)
	var mod *gptqModule // the module whose four tensors are being written
	for _, n := range order {
		if _, ok := ck.Info(n); ok { // copied as it is
			src, err := ck.Tensor(n)
			if err != nil {
				return 0, err
			}
			if _, err := w.Write(src.Data); err != nil {
				return 0, err
			}
			ck.DropPages(src)
			continue
		}
		i := strings.LastIndex(n, ".")
		p, part := n[:i], n[i+1:]
		if mod == nil || mod.prefix != p {
			src, err := ck.Tensor(p + ".weight")
			if err != nil {
				return 0, err
			}
			if mod, err = quantizeGPTQ4(p, src); err != nil {
				return 0, err
			}
			ck.DropPages(src)
		}
		if _, err := w.Write(mod.bytes(part)); err != nil {
			return 0, err
		}
	}
	if err := w.Flush(); err != nil {
		return 0, err
	}
	return read, fh.Close()
}

// gptqModule is one Linear in GPTQ's tensors, each as its
// little-endian bytes.
type gptqModule struct {
	prefix                  string
	qweight, qzeros, scales []byte
	in                      int
}

func (m *gptqModule) bytes(part string) []byte {
	switch part {
	case "qweight":
		return m.qweight
	case "qzeros":
		return m.qzeros
	case "scales":
		return m.scales
	}
	b := make([]byte, 4*m.in)
	for i := 0; i < m.in; i++ {
		binary.LittleEndian.PutUint32(b[4*i:], uint32(i/gptqGroupSize))
	}
	return b
}

// rowReader returns a function that writes row o of the 2-D float tensor
// t into dst as float32 (bf16 decoded directly, other dtypes converted
// once up front).
func rowReader(t *tensor.Tensor) (func(o int, dst []float32), error) {
	in := t.Shape[1]
	if t.DType == ir.BFloat16 {
		return func(o int, dst []float32) {
			row := t.Data[2*o*in : 2*(o+1)*in]
			for i := range dst {
				dst[i] = math.Float32frombits(uint32(binary.LittleEndian.Uint16(row[2*i:])) << 16)
			}
		}, nil
	}
	f, err := t.Convert(ir.Float32)
	if err != nil {
		return nil, err
	}
	vals := f.Float32s()
	return func(o int, dst []float32) { copy(dst, vals[o*in:(o+1)*in]) }, nil
}

// quantizeGPTQ4 quantizes the weight t [out, in] (see writeGPTQ4), in
// chunks of outputs on every CPU, each chunk packed by quant.PackGPTQ.
func quantizeGPTQ4(prefix string, t *tensor.Tensor) (*gptqModule, error) {
	out, in := t.Shape[0], t.Shape[1]
	readRow, err := rowReader(t)
	if err != nil {
		return nil, fmt.Errorf("%s.weight: %w", prefix, err)
	}
	g := in / gptqGroupSize
	m := &gptqModule{prefix: prefix, in: in, qweight: make([]byte, 4*in/8*out), qzeros: make([]byte, 4*g*out/8), scales: make([]byte, 2*g*out)}
	const chunk = 64 // outputs per task, a multiple of 8
	var wg sync.WaitGroup
	tasks := make(chan int)
	for range runtime.NumCPU() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			row := make([]float32, in)
			for o0 := range tasks {
				c := min(chunk, out-o0)
				q := make([]uint32, in*c)
				zero := make([]int32, g*c)
				for j := 0; j < c; j++ {
					readRow(o0+j, row)
					for gi := 0; gi < g; gi++ {
						grp := row[gi*gptqGroupSize : (gi+1)*gptqGroupSize]
						var amax float64
						for _, v := range grp {
							if a := math.Abs(float64(v)); a > amax {
								amax = a
							}
						}
						if amax == 0 {
							amax = 1 // GPTQ's find_params: an all-zero group gets the range [-1, 1]
						}
						s16 := float16.Fromfloat32(float32(2 * amax / 15))
						binary.LittleEndian.PutUint16(m.scales[2*(gi*out+o0+j):], s16.Bits())
						s := float64(s16.Float32())
						zero[gi*c+j] = 8
						for i, v := range grp {
							qv := math.RoundToEven(float64(v)/s) + 8
							switch {
							case qv < 0:
								qv = 0
							case qv > 15:
								qv = 15
							}
							q[(gi*gptqGroupSize+i)*c+j] = uint32(qv)
						}
					}
				}
				qw, qz := quant.PackGPTQ(q, zero, in, c, 4, false)
				for r := 0; r < in/8; r++ {
					for j := 0; j < c; j++ {
						binary.LittleEndian.PutUint32(m.qweight[4*(r*out+o0+j):], qw[r*c+j])
					}
				}
				for gi := 0; gi < g; gi++ {
					for j := 0; j < c/8; j++ {
						binary.LittleEndian.PutUint32(m.qzeros[4*(gi*out/8+o0/8+j):], qz[gi*c/8+j])
					}
				}
			}
		}()
	}
	for o0 := 0; o0 < out; o0 += chunk {
		tasks <- o0
	}
	close(tasks)
	wg.Wait()
	return m, nil
}

// stDType is a dtype's safetensors name.
func stDType(d ir.DType) (string, error) {
	switch d {
	case ir.BFloat16:
		return "BF16", nil
	case ir.Float16:
		return "F16", nil
	case ir.Float32:
		return "F32", nil
	case ir.Int32:
		return "I32", nil
	case ir.Int64:
		return "I64", nil
	}
	return "", fmt.Errorf("dtype %s is not written by the benchmark", d)
}
