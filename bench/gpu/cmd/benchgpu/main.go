// Command benchgpu runs kiln's GPU benchmark suite (package bench/gpu) on
// the machine it runs on: it is what `kiln bench --suite gpu` calls, as a
// standalone binary to carry to a GPU machine.
//
//	benchgpu -models llama-1b,gpt2-124m -hf bench/gpu/hf_baseline.py -out bench/results
//	benchgpu -models llama-8b -quant gptq4 -hf bench/gpu/hf_baseline.py   (4-bit decode against kiln bf16 and HF)
//	benchgpu -train gpt2-124m -train-hf bench/gpu/hf_train_baseline.py
//	benchgpu -lora llama-1b -lora-hf bench/gpu/hf_lora_baseline.py [-batch 4 -seq 1024 -remat N]
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"

	_ "github.com/kiln-ml/kiln/backends/cuda" // -backend cuda
	_ "github.com/kiln-ml/kiln/backends/xla"
	"github.com/kiln-ml/kiln/bench/gpu"
	"github.com/kiln-ml/kiln/passes"
)

func main() {
	modelsFlag := flag.String("models", "llama-1b,llama-8b,gpt2-124m", "comma-separated model configs")
	hf := flag.String("hf", "", "path of hf_baseline.py (empty: no Hugging Face peers)")
	out := flag.String("out", "", "directory for <date>-<gpu>.json (empty: print JSON only)")
	backend := flag.String("backend", "xla", "kiln backend")
	quantFlag := flag.String("quant", "", "also write each model as a GPTQ 4-bit checkpoint (gptq4: group 128, sym) and measure it with packed kernels against kiln's bf16 and HF's best")
	trainModel := flag.String("train", "", "run the training benchmark on this model config instead (e.g. gpt2-124m)")
	trainHF := flag.String("train-hf", "", "path of hf_train_baseline.py for -train (empty: no HF peer)")
	batch := flag.Int("batch", 16, "-train: rows per step (-lora: default 4)")
	seq := flag.Int("seq", 1024, "-train, -lora: tokens per row")
	bf16 := flag.Bool("bf16", true, "-train, -lora: bf16 autocast")
	mask := flag.Bool("mask", false, "-train: pass an all-ones attention_mask (the padded-batch program)")
	remat := flag.Int("remat", 0, "-train, -lora: gradient checkpointing of every n-th block (0: none; 1: every block)")
	loraModel := flag.String("lora", "", "run the LoRA fine-tuning benchmark on this model config instead (e.g. llama-1b): r 16, all linear layers")
	loraHF := flag.String("lora-hf", "", "path of hf_lora_baseline.py for -lora (empty: no HF + PEFT peer)")
	loraModes := flag.String("lora-hf-modes", "eager,compile", "-lora: the HF script's modes, one process each")
	loraBase := flag.String("lora-base", "bfloat16", "-lora: the frozen base's dtype on both sides, bfloat16 (float32 adapters, as HF + PEFT users load it) or float32")
	loraHFBase := flag.String("lora-hf-base", "", "-lora: the HF base model's dtype when it differs from -lora-base (float32 or bfloat16)")
	python := flag.String("python", "python3", "the Python that runs the HF scripts (-hf, -train-hf, -lora-hf)")
	hostProfile := flag.String("host-profile", "", "-train: write a Go CPU profile (pprof) of the timed steps to this file")
	flag.Parse()
	if *loraModel != "" {
		b := 4 // -lora's default batch: 4 x 1024
		flag.Visit(func(f *flag.Flag) {
			if f.Name == "batch" {
				b = *batch
			}
		})
		o := gpu.LoRAOptions{Model: *loraModel, Backend: *backend, Batch: b, Seq: *seq, FP32: !*bf16,
			HFScript: *loraHF, HFModes: strings.Split(*loraModes, ","), BaseDType: *loraBase, HFBaseDType: *loraHFBase, Python: *python, Log: os.Stderr}
		if *remat > 0 {
			o.Remat = &passes.RematPolicy{EveryNLayers: *remat}
		}
		rep, err := gpu.RunLoRABench(context.Background(), o)
		if err != nil {
			fmt.Fprintln(os.Stderr, "benchgpu:", err)
			os.Exit(1)
		}
		js, _ := json.MarshalIndent(rep, "", "  ")
		fmt.Println(string(js))
		return
	}
	if *trainModel != "" {
		o := gpu.TrainOptions{Model: *trainModel, Backend: *backend,
			Batch: *batch, Seq: *seq, BF16: *bf16, HFScript: *trainHF, Log: os.Stderr, Mask: *mask, Python: *python}
		if *remat > 0 {
			o.Remat = &passes.RematPolicy{EveryNLayers: *remat}
		}
		if *hostProfile != "" {
			f, err := os.Create(*hostProfile)
			if err != nil {
				fmt.Fprintln(os.Stderr, "benchgpu:", err)
				os.Exit(1)
			}
			defer f.Close()
			o.HostProfile = f
		}
		rep, err := gpu.RunTrainBench(context.Background(), o)
		if err != nil {
			fmt.Fprintln(os.Stderr, "benchgpu:", err)
			os.Exit(1)
		}
		b, _ := json.MarshalIndent(rep, "", "  ")
		fmt.Println(string(b))
		return
	}
	models := strings.Split(*modelsFlag, ",")
	rep, err := gpu.RunGPUSuite(context.Background(), gpu.Options{
		Models: models, Backend: *backend, HFScript: *hf, Log: os.Stderr, Quant: *quantFlag, Python: *python,
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchgpu:", err)
		os.Exit(1)
	}
	if *out != "" {
		p, err := gpu.Save(rep, *out, models)
		if err != nil {
			fmt.Fprintln(os.Stderr, "benchgpu:", err)
			os.Exit(1)
		}
		fmt.Fprintln(os.Stderr, "wrote", p)
	}
	b, _ := json.MarshalIndent(rep, "", "  ")
	fmt.Println(string(b))
	rep.WriteTable(os.Stderr)
}
