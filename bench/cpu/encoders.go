package cpu

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math/rand"
	"os"
	"runtime"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/passes"
	"github.com/kiln-ml/kiln/tensor"
)

// The vit and whisper workloads (issue #18's performance): a
// ViT-B/16-shaped image classifier at batch 1 on a 224x224 image and a
// Whisper-base-shaped encoder over 30 s of audio, each on the llvm backend
// against ONNX Runtime running the same weights on the same input (an ONNX
// graph kiln writes, ort_encoders_onnx.go), outputs compared, with the
// preprocessing that feeds them timed beside: decoding a JPEG and a PNG
// made at run time and the ViT image processor; decoding a WAV file made at
// run time and Whisper's log-mel features. The model's input is that
// preprocessing's output.

var (
	// vitB16Config is google/vit-base-patch16-224's shape with 1000 labels.
	vitB16Config = map[string]any{
		"model_type": "vit", "architectures": []string{"ViTForImageClassification"},
		"hidden_size": 768, "num_hidden_layers": 12, "num_attention_heads": 12, "intermediate_size": 3072,
		"hidden_act": "gelu", "layer_norm_eps": 1e-12, "image_size": 224, "patch_size": 16, "num_channels": 3,
		"qkv_bias": true, "num_labels": 1000,
	}
	// whisperBaseConfig is openai/whisper-base's shape (the decoder is
	// pruned away: the workload is the encoder).
	whisperBaseConfig = map[string]any{
		"model_type": "whisper", "architectures": []string{"WhisperModel"},
		"d_model": 512, "encoder_layers": 6, "decoder_layers": 6, "encoder_attention_heads": 8,
		"decoder_attention_heads": 8, "encoder_ffn_dim": 2048, "decoder_ffn_dim": 2048, "num_mel_bins": 80,
		"max_source_positions": 1500, "max_target_positions": 448, "vocab_size": 51865,
		"activation_function": "gelu",
	}
)

// encoderShapes are the workloads' shapes: the real ones, or tiny ones
// with Options.Small (an image of 32x32 in 8x8 patches, 2 s of audio).
func (s *suite) encoderShapes() (vit, whisper map[string]any, audioSeconds int) {
	if !s.o.Small {
		return vitB16Config, whisperBaseConfig, 30
	}
	vit = map[string]any{}
	for k, v := range vitB16Config {
		vit[k] = v
	}
	for k, v := range map[string]any{"hidden_size": 64, "num_hidden_layers": 2, "num_attention_heads": 4,
		"intermediate_size": 128, "image_size": 32, "patch_size": 8, "num_labels": 10} {
		vit[k] = v
	}
	whisper = map[string]any{}
	for k, v := range whisperBaseConfig {
		whisper[k] = v
	}
	for k, v := range map[string]any{"d_model": 64, "encoder_layers": 2, "decoder_layers": 1, "encoder_attention_heads": 4,
		"decoder_attention_heads": 4, "encoder_ffn_dim": 128, "decoder_ffn_dim": 128, "max_source_positions": 100} {
		whisper[k] = v
	}
	return vit, whisper, 2
}

// encoderWeights generates a parameter: input from inputs by name, every
// weight N(0, 0.02) except LayerNorm weights, 1 + N(0, 0.02) (so that
// the outputs the two runtimes are compared on are of order 1). Every
// tensor is kept in params by name.
func encoderWeights(r *rand.Rand, inputs, params map[string]*tensor.Tensor) func(p *ir.Value) (*tensor.Tensor, error) {
	return func(p *ir.Value) (*tensor.Tensor, error) {
		if t, ok := inputs[p.Name]; ok {
			if !t.Shape.Equal(p.Type.Shape) {
				return nil, fmt.Errorf("input %s is %v, the program takes %v", p.Name, t.Shape, p.Type.Shape)
			}
			params[p.Name] = t
			return t, nil
		}
		if p.Type.DType != ir.Float32 {
			return nil, fmt.Errorf("unexpected %s parameter", p.Type)
		}
		t := randomFloat32(r, p.Type.Shape, 0.02)
		if isNormWeight(p) {
			v := t.Float32s()
			for i := range v {
				v[i]++
			}
			var err error
			if t, err = tensor.FromFloat32(p.Type.Shape, v); err != nil {
				return nil, err
			}
		}
		params[p.Name] = t
		return t, nil
	}
}

// keepResults keeps only f's result named name and removes what no
// longer feeds it, parameters included.
func keepResults(f *ir.Func, name string) error {
	for i, n := range f.ResultNames {
		if n == name {
			f.Results, f.ResultNames = f.Results[i:i+1], f.ResultNames[i:i+1]
			if err := passes.DeadCode(f); err != nil {
				return err
			}
			used := map[*ir.Value]bool{f.Results[0]: true}
			for _, v := range f.Values {
				for _, a := range v.Args {
					used[a] = true
				}
			}
			drop := func(v *ir.Value) bool { return v.Op == ir.OpParameter && !used[v] }
			params, values := f.Params[:0], f.Values[:0]
			for _, p := range f.Params {
				if !drop(p) {
					params = append(params, p)
				}
			}
			for _, v := range f.Values {
				if !drop(v) {
					values = append(values, v)
				}
			}
			f.Params, f.Values = params, values
			return nil
		}
	}
	return fmt.Errorf("%s has no result %s (results %v)", f.Name, name, f.ResultNames)
}

// encoderPeer is the ONNX Runtime side of one workload.
type encoderPeer struct {
	name     string                // workload, for details and errors
	write    func(io.Writer) error // writes the ONNX model
	in       string                // input name
	input    *tensor.Tensor
	out      string // output name
	outShape []int64
}

// compareORT writes the peer's model, opens it with as many intra-op
// threads as kiln uses, checks its output against want (kiln's; the
// largest difference must be within 1e-3 of kiln's largest magnitude, at
// least 1e-3), and times kiln's run and the peer's in rotating rounds. It
// returns the median seconds of kiln and of the peer and records details.
func (s *suite) compareORT(p encoderPeer, want []float32, kilnRun func() error, flops float64) (kiln, peer float64, err error) {
	if _, _, err := initORT(); err != nil {
		return 0, 0, err
	}
	f, err := os.CreateTemp("", "kiln-"+p.name+"-*.onnx")
	if err != nil {
		return 0, 0, err
	}
	defer os.Remove(f.Name())
	w := bufio.NewWriterSize(f, 1<<20)
	err = p.write(w)
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return 0, 0, fmt.Errorf("writing %s: %w", f.Name(), err)
	}
	threads := runtime.NumCPU()
	sess, err := newORTFloatSession(f.Name(), threads, []string{p.in}, []*tensor.Tensor{p.input}, []string{p.out}, [][]int64{p.outShape})
	if err != nil {
		return 0, 0, err
	}
	defer sess.close()
	if err := sess.run(); err != nil {
		return 0, 0, fmt.Errorf("onnxruntime run: %w", err)
	}
	d, err := maxAbsDiff(sess.output(0), want)
	if err != nil {
		return 0, 0, fmt.Errorf("onnxruntime %s: %w", p.out, err)
	}
	scale, _ := maxAbsDiff(want, make([]float32, len(want)))
	if bound := 1e-3 * max(scale, 1); !(d <= bound) {
		return 0, 0, fmt.Errorf("onnxruntime %s differs from kiln's by %g (> %g; kiln's largest %g): not the same model", p.out, d, bound, scale)
	}
	ds, rounds, err := timeRounds(s.o.MinTime, kilnRun, sess.run)
	if err != nil {
		return 0, 0, err
	}
	kiln, peer = ds[0].Seconds(), ds[1].Seconds()
	details := map[string]any{"intra_op_threads": threads, "graph_optimization": "ORT_ENABLE_ALL", "opset": onnxOpsetCurrent,
		"output": p.out, "max_abs_diff": d, "max_abs_kiln": scale, "kiln_ms": kiln * 1e3, "onnxruntime_ms": peer * 1e3,
		"gflop": flops / 1e9, "kiln_gflops": flops / kiln / 1e9, "onnxruntime_gflops": flops / peer / 1e9,
		"timing": fmt.Sprintf("medians of %d rotating rounds (kiln, onnxruntime), each run after a %v pause", rounds, roundCooldown)}
	details["library"], details["version"], _ = initORT()
	s.rep.Details[p.name+"-onnxruntime"] = details
	return kiln, peer, nil
}

// encoderResult is the workload's result: kiln's rate, the peer's when
// measured (else a note saying why not), with the preprocessing time.
func (s *suite) encoderResult(workload, unit string, kilnSec float64, peerErr error, peerSec float64, pre string) Result {
	res := Result{Workload: workload, Unit: unit, Kiln: 1 / kilnSec}
	if peerErr != nil {
		s.logf("  no ONNX Runtime peer: %v", peerErr)
		res.Peer = "onnxruntime"
		res.Note = fmt.Sprintf("kiln %.1f ms; %s; peer not measured: %v", kilnSec*1e3, pre, peerErr)
		return res
	}
	res = res.WithPeer("onnxruntime", 1/peerSec)
	res.Target = 1
	res.Note = fmt.Sprintf("kiln %.1f ms, onnxruntime %.1f ms (same weights and input, outputs checked; ORT_ENABLE_ALL, %d intra-op threads; alternating rounds); %s",
		kilnSec*1e3, peerSec*1e3, runtime.NumCPU(), pre)
	return res
}

// vit measures the ViT-B/16 classifier on a preprocessed 224x224 image.
func (s *suite) vit(ctx context.Context) error {
	cfgMap, _, _ := s.encoderShapes()
	m, err := newModel(cfgMap)
	if err != nil {
		return err
	}
	vc := m.Config().(*models.ViTConfig)
	pre, pixels, err := s.imagePreprocess(vc.ImageSize)
	if err != nil {
		return fmt.Errorf("preprocessing: %w", err)
	}
	name := fmt.Sprintf("vit-b16-%d", vc.ImageSize)
	s.logf("%s classifier", name)
	f, _, err := buildModel(cfgMap, models.Spec{Batch: 1, Seq: vc.Patches() + 1})
	if err != nil {
		return err
	}
	params := map[string]*tensor.Tensor{}
	run, err := s.prepare(f, encoderWeights(rand.New(rand.NewSource(18)), map[string]*tensor.Tensor{models.InputPixelValues: pixels}, params))
	if err != nil {
		return err
	}
	defer run.free()
	s.detailStats("vit", run)
	out, err := run.outputs()
	if err != nil {
		return err
	}
	s.logf("%s on onnxruntime", name)
	peer := encoderPeer{name: "vit", write: func(w io.Writer) error { return writeViTONNX(w, vc, params) },
		in: models.InputPixelValues, input: pixels, out: models.OutputLogits, outShape: []int64{1, int64(vc.NumLabels)}}
	k, p, perr := s.compareORT(peer, out[models.OutputLogits].Float32s(), run.run, vitFLOPs(vc))
	if perr != nil {
		d, err := timeIt(s.o.MinTime, run.run)
		if err != nil {
			return err
		}
		k = d.Seconds()
	}
	s.rep.Details["vit-profile"] = run.profile(12)
	s.add(s.encoderResult(name, "images/s", k, perr, p, pre))
	return nil
}

// whisper measures the Whisper-base encoder on the features of 30 s of
// audio.
func (s *suite) whisper(ctx context.Context) error {
	_, cfgMap, seconds := s.encoderShapes()
	m, err := newModel(cfgMap)
	if err != nil {
		return err
	}
	wc := m.Config().(*models.WhisperConfig)
	pre, feats, err := s.audioPreprocess(seconds, wc.NumMelBins)
	if err != nil {
		return fmt.Errorf("preprocessing: %w", err)
	}
	if got, want := feats.Shape[2], wc.InputFrames(); got != want {
		return fmt.Errorf("preprocessing: %d feature frames, the encoder takes %d", got, want)
	}
	name := fmt.Sprintf("whisper-base-encoder-%ds", seconds)
	s.logf("%s", name)
	f, _, err := buildModel(cfgMap, models.Spec{Batch: 1, Stage: models.StageEncoder})
	if err != nil {
		return err
	}
	if err := keepResults(f, models.OutputEncoderLastHidden); err != nil {
		return err
	}
	params := map[string]*tensor.Tensor{}
	run, err := s.prepare(f, encoderWeights(rand.New(rand.NewSource(18)), map[string]*tensor.Tensor{models.InputFeatures: feats}, params))
	if err != nil {
		return err
	}
	defer run.free()
	s.detailStats("whisper", run)
	out, err := run.outputs()
	if err != nil {
		return err
	}
	s.logf("%s on onnxruntime", name)
	peer := encoderPeer{name: "whisper", write: func(w io.Writer) error { return writeWhisperEncoderONNX(w, wc, params) },
		in: models.InputFeatures, input: feats, out: models.OutputEncoderLastHidden,
		outShape: []int64{1, int64(wc.MaxSourcePositions), int64(wc.DModel)}}
	k, p, perr := s.compareORT(peer, out[models.OutputEncoderLastHidden].Float32s(), run.run, whisperEncoderFLOPs(wc))
	if perr != nil {
		d, err := timeIt(s.o.MinTime, run.run)
		if err != nil {
			return err
		}
		k = d.Seconds()
	}
	s.rep.Details["whisper-profile"] = run.profile(12)
	s.add(s.encoderResult(name, "clips/s", k, perr, p, pre))
	return nil
}

// encoderLayerFLOPs counts one pre-norm encoder layer's multiply-adds
// (x2) over T tokens of width C with an MLP of width I: the four
// projections, the MLP and the two attention products.
func encoderLayerFLOPs(T, C, I float64) float64 {
	return 2*T*C*C*4 + 2*T*C*I*2 + 2*T*T*C*2
}

// vitFLOPs: the patch embedding, the layers and the classifier.
func vitFLOPs(c *models.ViTConfig) float64 {
	N, C := float64(c.Patches()), float64(c.Hidden)
	patch := 2 * N * C * float64(c.Channels*c.PatchSize*c.PatchSize)
	return patch + float64(c.Layers)*encoderLayerFLOPs(N+1, C, float64(c.Intermediate)) + 2*C*float64(c.NumLabels)
}

// whisperEncoderFLOPs: the two convolutions (kernel 3) and the layers.
func whisperEncoderFLOPs(c *models.WhisperConfig) float64 {
	S, C, M := float64(c.MaxSourcePositions), float64(c.DModel), float64(c.NumMelBins)
	stem := 2*(2*S)*C*M*3 + 2*S*C*C*3
	return stem + float64(c.EncoderLayers)*encoderLayerFLOPs(S, C, float64(c.EncoderFFN))
}
