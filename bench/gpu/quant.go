package gpu

import (
	"context"
	"fmt"
	"os"
	"time"
)

// quantNumbers are one model's measurements on its GPTQ 4-bit copy.
type quantNumbers struct {
	*kilnNumbers
	Format    string  `json:"format"`            // Options.Quant
	ReadBytes int64   `json:"decode_read_bytes"` // the checkpoint's tensors but g_idx
	WriteS    float64 `json:"checkpoint_write_s"`
}

// measureQuant writes dir's float checkpoint as a GPTQ 4-bit one next to
// it (dir + "-gptq4") and measures it as measureKiln does with the
// Linears kept packed (QuantizedKernels: on xla the decode's quant
// matmuls are one fused reduction over the packed bytes). The copy is
// removed afterwards.
func measureQuant(ctx context.Context, dir string, o Options, logf func(string, ...any)) (*quantNumbers, error) {
	qdir := dir + "-" + o.Quant
	if err := os.MkdirAll(qdir, 0o755); err != nil {
		return nil, err
	}
	defer os.RemoveAll(qdir)
	logf("  writing the GPTQ 4-bit checkpoint (group %d, sym)", gptqGroupSize)
	t0 := time.Now()
	read, err := writeGPTQ4(dir, qdir)
	if err != nil {
		return nil, fmt.Errorf("writing %s: %w", qdir, err)
	}
	q := &quantNumbers{Format: o.Quant, ReadBytes: read, WriteS: time.Since(t0).Seconds()}
	logf("  %s: %.2f GB read per token, written in %.0fs; measuring with packed kernels", o.Quant, float64(read)/1e9, q.WriteS)
	if q.kilnNumbers, err = measureKiln(ctx, qdir, o.Backend, true, o, logf); err != nil {
		return nil, err
	}
	return q, nil
}

// quantTargets are issue #20's GPU acceptance ratios for the 4-bit decode.
var quantTargets = map[string]float64{
	"llama-8b-decode-gptq4/kiln-bf16": 2,
	"llama-8b-decode-gptq4/hf-best":   1.5,
}

// quantResults are the quantized model's results: decode tok/s (limit:
// ReadBytes per token at the measured bandwidth), against kiln's bf16
// decode of the same model (kiln-bf16), HF's eager and static + compile
// bf16 decode, and the faster of the two (hf-best: HF's fastest path
// available on a machine without GPTQ kernels), then prefill and TTFT.
func quantResults(name, format string, q *quantNumbers, k *kilnNumbers, hf map[string]any, bw float64) []Result {
	dec := name + "-decode-" + format
	out := []Result{Result{Workload: dec, Unit: "tok/s", Kiln: q.DecodeTokS}.WithLimit(bw / float64(q.ReadBytes))}
	peer := func(p string, pv float64) {
		if pv > 0 {
			out = append(out, Result{Workload: dec, Unit: "tok/s", Kiln: q.DecodeTokS, Peer: p, PeerValue: pv, Ratio: q.DecodeTokS / pv, Target: quantTargets[dec+"/"+p]})
		}
	}
	peer("kiln-bf16", k.DecodeTokS)
	eager, compiled := hfNum(hf, "eager", "decode_tok_s"), hfNum(hf, "static_compile", "decode_tok_s")
	peer("hf-eager", eager)
	peer("hf-static-compile", compiled)
	peer("hf-best", max(eager, compiled))
	return append(out,
		Result{Workload: name + "-prefill-2048-" + format, Unit: "tok/s", Kiln: q.PrefillTokS},
		Result{Workload: name + "-ttft-128-" + format, Unit: "s", Kiln: q.TTFTS},
		Result{Workload: name + "-peak-device-memory-" + format, Unit: "MiB", Kiln: q.PeakMemMiB})
}

// hfNum is the number at keys in hf_baseline.py's JSON, or 0.
func hfNum(m map[string]any, keys ...string) float64 {
	var cur any = m
	for _, k := range keys {
		mm, ok := cur.(map[string]any)
		if !ok {
			return 0
		}
		cur = mm[k]
	}
	f, _ := cur.(float64)
	return f
}
