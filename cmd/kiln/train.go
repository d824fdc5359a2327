package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kiln-ml/kiln/internal/pyjson"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/mesh"
	"github.com/kiln-ml/kiln/models/auto"
	"github.com/kiln-ml/kiln/peft"
	"github.com/kiln-ml/kiln/train"
	"github.com/kiln-ml/kiln/train/trainlog"
)

// trainFlags are kiln train's flags.
type trainFlags struct {
	model, data, eval, args, out, backend, resume string
	// devices is --devices: the data-parallel virtual CPU devices.
	devices        int
	procs          procFlags
	group          *mesh.ProcessGroup // joined from procs
	peft, adapter  string             // LoRA: a new adapter's LoraConfig, or an adapter to continue
	dtype          string             // the runner's dtype (transformers' torch_dtype); "" is float32
	text           textData
	bnb            bnbFlags // QLoRA: quantize the base at load (kept packed)
	dequantizeBase bool     // train an adapter over a quantized base dequantized to float
}

func init() {
	var o trainFlags
	cmd := &cobra.Command{
		Use:   "train",
		Short: "Fine-tune a model as the Hugging Face Trainer does, on pre-tokenized rows or a text dataset",
		Long: `train runs the Hugging Face Trainer's training loop (transformers 5.x, one device, float32) on the
model in --model with the TrainingArguments of --args (training_args.json: transformers' names and
defaults) over the rows of --train-file, one JSON object per line:

  {"input_ids": [...], "attention_mask": [...], "labels": ...}   (+ "token_type_ids" for BERT)

labels is a list of token ids for language models (-100 ignored), an integer class for
single-label classifiers, a number or a list of numbers for regression and multi-label heads.
Rows of a batch are padded on the right to the longest (pad_token_id, mask 0, labels -100).
Rows are shuffled per epoch with a Go generator seeded by seed: not torch's order.

Instead of --train-file, --dataset FILE|HUB-DATASET-ID trains on text (a .txt, .csv, .tsv,
.json/.jsonl or .parquet file, or the train split of a Hub dataset repo), tokenized with the
model's tokenizer as transformers' examples do: a causal LM's rows are concatenated and packed
into --block-size blocks (run_clm: labels = input_ids); with --label-column a sequence
classifier's rows are truncated to --max-length and labelled from that column (run_glue).
--text-column names the text (default "text").

A masked LM (...ForMaskedLM) trains as transformers' run_mlm does: the text is tokenized with its
special-tokens mask and packed into --max-seq-length blocks (default min(the tokenizer's
model_max_length, 1024)), or with --line-by-line each non-blank line is one row truncated to
--max-seq-length; every time a batch is drawn, each of its tokens other than special tokens and
padding is chosen with probability --mlm-probability (0.15) and labelled (80% of the chosen become
[MASK], 10% a random token, 10% stay), so each epoch sees new masks. The masks come from kiln's generator seeded by seed, step and
micro-batch (the same seed gives the same run, and a resumed run the uninterrupted one's); every
evaluation uses the same masks. The tokenizer needs a mask token (mask_token in
tokenizer_config.json).

It writes the trained model to --output-dir in the Hugging Face layout (model.safetensors in
float32, config.json, the tokenizer files) and trainer_state.json with the log history. Progress
goes to standard error: a progress bar (step, loss, learning rate, tokens/s) on a terminal, else
one line per log entry. Every log entry also goes to --output-dir/train_log.jsonl as it is logged
(one JSON object a line), and the loss, eval_loss and learning-rate curves to
--output-dir/training_curves.png when the run ends (kiln plot redraws them).

Under save_strategy "steps" or "epoch" (HF's default is "steps", 500 steps,
and a save at the last step; "no" turns it off) --output-dir/checkpoint-N gets the full checkpoint
of step N: the model, trainer_state.json, training_args.json, optimizer.safetensors (kiln's
optimizer state: not torch's optimizer.pt), scheduler.json, rng_state.json and trainer_loop.json,
written to a temporary directory and renamed into place; save_total_limit keeps the newest (and
the best). --resume-from-checkpoint DIR (or true: the latest checkpoint-N of --output-dir)
continues a run exactly where that checkpoint left it. Ctrl-C stops training after the current
step, saves its checkpoint (unless save_strategy is "no") and exits with status 0 without writing
the final model. On an error (a non-finite loss included) the final model is not written;
checkpoints of earlier steps remain.

--eval-dataset is the Trainer's eval_dataset (rows of --train-file's form, or with --dataset text
as --dataset reads it; with --dataset and an eval_strategy but no --eval-dataset, the first
--validation-split-percentage of --dataset's rows, as run_clm splits them): under eval_strategy
"steps" or "epoch" the model is evaluated on it (per_device_eval_batch_size rows at a time, no
dropout) and the eval_loss entries go into the progress and trainer_state.json's log_history, as
the Hugging Face Trainer writes them. After training it is evaluated once more, as transformers'
run_clm example does: eval_loss and perplexity (exp(eval_loss)) are printed and written to
--output-dir/eval_results.json.

LoRA (PEFT): --peft lora_config.json creates a new adapter from a LoraConfig (PEFT's field names:
r, lora_alpha, target_modules (default: PEFT's for the model type), lora_dropout, use_rslora,
init_lora_weights true|"gaussian"|false, bias "none", task_type), initialised from seed with kiln's
generator (not torch's values); --adapter DIR|HUB-ID continues training a saved adapter. The base
model is frozen (no gradients, no optimizer state); only the adapter trains, with lora_dropout on
its input. --output-dir and every checkpoint-N then hold the adapter as PEFT saves it
(adapter_config.json, adapter_model.safetensors with PEFT's key names) instead of
model.safetensors and config.json, and --resume-from-checkpoint continues from them. --dtype bfloat16 loads the frozen base in
that dtype, as from_pretrained(torch_dtype=torch.bfloat16) does, while the adapter's weights and
their optimizer state stay float32 (PEFT's autocast_adapter_dtype): half the base's memory. The
saved adapter is float32, as PEFT saves it; a modules_to_save copy keeps the base's dtype, and
kiln trains it on a float32 base only.

QLoRA: with --peft or --adapter a quantized base stays packed in memory and frozen: a bitsandbytes
4-bit checkpoint, or a float one quantized at load with --load-in-4bit --bnb-4bit-quant-type nf4
[--bnb-4bit-use-double-quant] [--bnb-4bit-compute-dtype bfloat16] [--bnb-weight-dtype bfloat16]
(transformers' BitsAndBytesConfig), keeps its 4-bit codes and float32 block absmax (about a quarter
of its bf16 bytes) and runs them through quant_matmul_codebook, whose gradient flows to the
adapters; bnb_4bit_compute_dtype is the dtype those Linears multiply in, as in bitsandbytes'
Linear4bit (add "bf16": true to --args for bf16 autocast of the rest). Linears whose in_features
is not a multiple of the blocksize (64), and LLM.int8() ones, are dequantized to float. GPTQ/AWQ
bases stay packed likewise (quant_matmul). --dequantize-base trains over the dequantized float
weights instead (docs/quant.md, "QLoRA").`,
		Example: `  kiln train --model testdata/models/llama-tiny --train-file testdata/train/llama-tiny.jsonl --args testdata/train/training_args.json --output-dir llama-tiny-trained
  kiln train --model testdata/models/gpt2-tiny --dataset testdata/train/tiny.txt --block-size 16 --args testdata/train/training_args.json --output-dir gpt2-tiny-text
  kiln train --model testdata/models/llama-tiny --train-file testdata/train/llama-tiny.jsonl --args testdata/train/training_args.json --output-dir out --devices 2 --num-processes 2 --process-id 0 --coordinator 127.0.0.1:7000  # and --process-id 1
  kiln train --model testdata/models/llama-tiny --peft testdata/train/lora_config.json --train-file testdata/train/llama-tiny.jsonl --args testdata/train/training_args.json --output-dir llama-tiny-lora
  kiln train --model testdata/models/llama-tiny --peft testdata/train/lora_config.json --load-in-4bit --bnb-4bit-quant-type nf4 --bnb-4bit-use-double-quant --bnb-4bit-compute-dtype bfloat16 --train-file testdata/train/llama-tiny.jsonl --args testdata/train/training_args.json --output-dir llama-tiny-qlora`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) (err error) {
			o.text.mlm.probabilitySet = cmd.Flags().Changed("mlm-probability")
			if o.group, err = o.procs.join(cmd.Context(), cmd, "--devices", "dp", o.devices); err != nil {
				return err
			}
			defer leave(cmd, o.group, &err)
			// Weights on the Go heap would let compile garbage grow to
			// their size at GOGC 100 (train.GCPercent); the regime also
			// returns the compile's freed memory to the system after
			// compiling a step and after its first run.
			defer train.LowerGCPercent()()
			return runTrain(cmd.Context(), os.Stderr, o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.model, "model", "", "model directory or Hub repo id (required)")
	f.StringVar(&o.data, "train-file", "", "pre-tokenized training rows, one JSON object per line (or --dataset)")
	f.StringVar(&o.text.dataset, "dataset", "", "text training data: a .txt/.csv/.tsv/.json/.jsonl/.parquet file or a Hub dataset repo id (or --train-file)")
	f.StringVar(&o.eval, "eval-dataset", "", "evaluation rows (the eval_dataset of eval_strategy): pre-tokenized JSONL, or with --dataset text as --dataset reads it")
	f.StringVar(&o.text.textColumn, "text-column", "", `--dataset's text column (default "text")`)
	f.StringVar(&o.text.labelColumn, "label-column", "", "--dataset's label column: train a sequence classifier on it (run_glue)")
	f.IntVar(&o.text.blockSize, "block-size", 0, "causal LM block length of --dataset (default: run_clm's, the tokenizer's model_max_length or min(1024, the model's positions)); for a masked LM the same as --max-seq-length")
	f.IntVar(&o.text.maxLength, "max-length", 0, "truncation of --dataset rows for --label-column (default: the tokenizer's model_max_length)")
	f.IntVar(&o.text.validPercent, "validation-split-percentage", 5, "with --dataset, an eval_strategy and no --eval-dataset: the first this-% of the rows are the evaluation rows (run_clm)")
	f.Float64Var(&o.text.mlm.probability, "mlm-probability", 0.15, "masked LM with --dataset: the fraction of tokens masked in each batch (run_mlm's mlm_probability)")
	f.BoolVar(&o.text.mlm.lineByLine, "line-by-line", false, "masked LM with --dataset: one example per non-blank line, truncated to --max-seq-length, instead of packed blocks (run_mlm's line_by_line)")
	f.IntVar(&o.text.mlm.maxSeqLength, "max-seq-length", 0, "masked LM with --dataset: block length, or with --line-by-line the truncation (run_mlm's max_seq_length; default min(the tokenizer's model_max_length, 1024))")
	f.StringVar(&o.args, "args", "", "training_args.json: TrainingArguments fields (required)")
	f.StringVar(&o.out, "output-dir", "", "where the trained model and trainer_state.json go (required; overrides output_dir)")
	f.StringVar(&o.backend, "backend", "", "backend name (default: the best available)")
	f.IntVar(&o.devices, "devices", 1, "data-parallel devices: train over N virtual CPU devices (a mesh axis \"dp\", --backend interp or llvm on each); each takes per_device_train_batch_size rows, and the arguments' fsdp chooses \"no_shard\" (replicated, the default) or \"full_shard\" (parameters, gradients and optimizer state split over the devices)")
	o.procs.register(f, "--devices")
	f.StringVar(&o.resume, "resume-from-checkpoint", "", "checkpoint directory to resume from, or true for the latest checkpoint-N of --output-dir (overrides resume_from_checkpoint)")
	f.StringVar(&o.peft, "peft", "", "train a new LoRA adapter: a LoraConfig JSON file (PEFT's names); the base stays frozen and --output-dir gets the adapter in PEFT's format")
	f.StringVar(&o.adapter, "adapter", "", "continue training a PEFT LoRA adapter (a directory or Hub repo id); the base stays frozen")
	f.StringVar(&o.dtype, "dtype", "", `the dtype the model's weights are loaded in (from_pretrained's torch_dtype): "float32" (default), or with --peft/--adapter "bfloat16" (a frozen bf16 base, float32 adapter weights, as PEFT)`)
	o.bnb.register(f)
	f.BoolVar(&o.dequantizeBase, "dequantize-base", false, "with --peft/--adapter on a quantized base: dequantize its Linears to float at load instead of keeping them packed (QLoRA's default)")
	for _, n := range []string{"model", "args", "output-dir"} {
		_ = cmd.MarkFlagRequired(n)
	}
	addCommand(cmd)
}

func runTrain(ctx context.Context, stderr io.Writer, o trainFlags) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if o.peft != "" && o.adapter != "" {
		return fmt.Errorf("--peft %s and --adapter %s: give one (--peft creates a new adapter, --adapter continues one)", o.peft, o.adapter)
	}
	if (o.data == "") == (o.text.dataset == "") {
		return fmt.Errorf("give the training rows with --train-file (pre-tokenized JSONL) or --dataset (text), one of them")
	}
	// Ctrl-C ends training between two steps, with a checkpoint, instead
	// of killing the process.
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt)
	defer stop()
	args, err := train.LoadTrainingArguments(o.args)
	if err != nil {
		return fmt.Errorf("--args: %w", err)
	}
	args.OutputDir = o.out
	if used := o.text.mlm.used(); used != "" && o.data != "" {
		return fmt.Errorf("%s: --train-file rows carry their own labels; the masked-LM options apply to --dataset text", used)
	}
	if err := o.text.mlm.check(); err != nil {
		return err
	}
	if o.resume != "" {
		args.ResumeFromCheckpoint = &o.resume
	}
	if o.group != nil && o.group.ProcessID() != 0 {
		// Every process runs the same steps, saves included (a save
		// gathers the sharded weights from every process), but only
		// process 0 writes --output-dir: the others write into a scratch
		// directory removed at exit, and report nothing.
		if r := args.ResumeFromCheckpoint; r != nil && strings.EqualFold(*r, "true") {
			last, err := train.LastCheckpoint(o.out)
			if err != nil {
				return err
			}
			if last != "" {
				args.ResumeFromCheckpoint = &last
			}
		}
		scratch, err := os.MkdirTemp("", "kiln-train-process-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(scratch)
		o.out, args.OutputDir, stderr = scratch, scratch, io.Discard
	}
	var data, evalData *train.Dataset
	if o.data != "" { // pre-tokenized rows: read before the model loads
		if data, err = train.ReadJSONL(o.data); err != nil {
			return fmt.Errorf("--train-file: %w", err)
		}
		if o.eval != "" {
			if evalData, err = train.ReadJSONL(o.eval); err != nil {
				return fmt.Errorf("--eval-dataset: %w", err)
			}
		}
	}
	dt, err := trainDType(o)
	if err != nil {
		return err
	}
	if o.devices < 1 {
		return fmt.Errorf("--devices %d: want >= 1", o.devices)
	}
	bnb, err := o.bnb.options()
	if err != nil {
		return err
	}
	lora := o.peft != "" || o.adapter != ""
	if bnb != nil && !lora {
		return fmt.Errorf("--load-in-4bit/--load-in-8bit: a quantized base is frozen; train a LoRA adapter on it (QLoRA) with --peft or --adapter")
	}
	if o.dequantizeBase && !lora {
		return fmt.Errorf("--dequantize-base applies to adapter training (--peft or --adapter)")
	}
	// QLoRA: an adapter's quantized base stays packed (bitsandbytes
	// 4-bit: quant_matmul_codebook; GPTQ/AWQ: quant_matmul), frozen, with
	// gradients flowing through it to the adapters below.
	m, err := auto.Load(ctx, o.model, auto.Options{Backend: o.backend, DP: o.devices, Processes: o.group, DType: dt, Logger: noticeLogger(stderr), Hub: hubOptions(), Compile: compileOptions(), Adapter: o.adapter,
		BnB: bnb, QuantizedKernels: lora && !o.dequantizeBase})
	if err != nil {
		if o.adapter != "" {
			return fmt.Errorf("--adapter: %w", err)
		}
		return err
	}
	defer m.Close()
	if m.Quantization != nil && o.peft == "" && o.adapter == "" {
		return fmt.Errorf("%s is a %s-quantized checkpoint: full fine-tuning of quantized weights is not supported (transformers' Trainer refuses it too); train a LoRA adapter on it with --peft", o.model, m.Quantization.Method)
	}
	if o.peft != "" {
		if err := newLoRA(m, o.peft, int64(args.Seed)); err != nil {
			return fmt.Errorf("--peft: %w", err)
		}
	}
	var coll train.BatchCollator
	if o.text.dataset != "" {
		o.text.eval = o.eval
		if data, evalData, coll, err = o.text.load(ctx, m.Dir, m.Model(), &args); err != nil {
			return err
		}
	}
	// The progress (plain lines until Train starts, then a bar on a
	// terminal) and OUT/train_log.jsonl, which a callback fills from the
	// run's first log entry on.
	prog := newTrainProgress(stderr, false, 0, nil, nil)
	logFile := &logFileCallback{path: filepath.Join(o.out, trainlog.LogFile)}
	defer logFile.close()
	opts := train.TrainerOptions{ModelDir: m.Dir, EvalData: evalData, BaseModelName: o.model,
		OnLog:     func(e train.LogEntry) { prog.log(e) },
		OnStep:    func(step, total int, loss float64) { prog.step(step, total, loss) },
		Callbacks: []train.TrainerCallback{logFile}, DataCollator: coll}
	// save_strategy (HF's default "steps", and a save at the last step):
	// the library's full checkpoint.
	var tr *train.Trainer
	if args.SaveStrategy != "no" {
		opts.SaveCheckpoint = func(ctx context.Context, dir string, st *train.TrainerState) error {
			if err := tr.WriteCheckpoint(ctx, dir, st); err != nil {
				return err
			}
			prog.line("kiln: step %d: saved checkpoint %s", st.GlobalStep, dir)
			return nil
		}
	}
	tr, err = train.NewTrainer(m.Runner, args, data, opts)
	if err != nil {
		if evalData != nil && strings.Contains(err.Error(), evalData.Path) {
			return fmt.Errorf("--eval-dataset: %w", err)
		}
		return err
	}
	if set, err := train.DropoutSettings(m.Dir); err == nil {
		if n := train.DropoutNotice(set); n != "" {
			fmt.Fprintln(stderr, "kiln: notice: "+n)
		}
	}
	if n := mlmNotice(coll, args); n != "" {
		fmt.Fprintln(stderr, "kiln: notice: "+n)
	}
	if n := train.NEFTuneNotice(args); n != "" {
		fmt.Fprintln(stderr, "kiln: notice: "+n)
	}
	p := tr.Plan()
	fmt.Fprintf(stderr, "kiln: training %s on %d rows: %d steps (%d epochs, batch %d x %d accumulation), backend %s%s\n",
		m.Model().Arch(), data.Len(), p.MaxSteps, p.NumTrainEpochs, args.PerDeviceTrainBatchSize, args.GradientAccumulationSteps, m.Backend().Name(), devicesNote(o.devices, args))
	if dir := tr.ResumeCheckpoint(); dir != "" {
		fmt.Fprintf(stderr, "kiln: resuming from %s at step %d\n", dir, tr.ResumeStep())
	}
	prog = newTrainProgress(stderr, isTerminal(stderr), p.MaxSteps, stepLR(args, p.MaxSteps), epochTokens(tr, data))
	// The curves are drawn however the run ends (an interruption or a
	// non-finite loss included), from the history as it stands then.
	defer func() { plotCurves(stderr, o.out, tr.State.LogHistory, logFile) }()
	res, err := tr.Train(ctx)
	prog.done()
	var stopped *train.InterruptedError
	if errors.As(err, &stopped) {
		if stopped.Checkpoint == "" {
			fmt.Fprintf(stderr, "kiln: interrupted after step %d; no checkpoint saved (save_strategy \"no\" or no step ran)\n", stopped.Step)
			return nil
		}
		fmt.Fprintf(stderr, "kiln: interrupted after step %d; checkpoint %s saved (continue with --resume-from-checkpoint true)\n", stopped.Step, stopped.Checkpoint)
		return nil
	}
	if err != nil {
		return err
	}
	if err := tr.Save(o.out); err != nil {
		return fmt.Errorf("--output-dir: %w", err)
	}
	what := "the model"
	if m.Runner.Adapter() != nil {
		what = "the adapter (adapter_config.json, adapter_model.safetensors)"
	}
	fmt.Fprintf(stderr, "kiln: %d steps, train_loss %.4f; wrote %s and trainer_state.json to %s\n", res.GlobalStep, res.TrainingLoss, what, o.out)
	if evalData == nil {
		return nil
	}
	return finalEvaluation(ctx, stderr, tr, evalData, o.out)
}

// finalEvaluation is run_clm's do_eval after training: evaluate, add
// eval_samples and perplexity, print them and write eval_results.json
// (trainer.save_metrics("eval", ...): sorted keys, indent 4).
func finalEvaluation(ctx context.Context, stderr io.Writer, tr *train.Trainer, data *train.Dataset, out string) error {
	metrics, err := tr.Evaluate(ctx, nil)
	if err != nil {
		return fmt.Errorf("--eval-dataset: %w", err)
	}
	res := map[string]float64{"epoch": tr.State.Epoch, "eval_samples": float64(data.Len())}
	for k, v := range metrics {
		res[k] = v
	}
	ppl := train.Perplexity(metrics["eval_loss"])
	res["perplexity"] = ppl
	js := pythonJSON(res)
	path := filepath.Join(out, "eval_results.json")
	if err := os.WriteFile(path, js, 0o644); err != nil {
		return fmt.Errorf("--output-dir: %w", err)
	}
	fmt.Fprintf(stderr, "kiln: evaluation of %d rows: eval_loss %.4f, perplexity %.4g; wrote %s\n", data.Len(), metrics["eval_loss"], ppl, path)
	return nil
}

// pythonJSON writes m as Python's json.dump(m, indent=4, sort_keys=True)
// does (internal/pyjson's float and string spellings).
func pythonJSON(m map[string]float64) []byte {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString("{")
	for i, k := range keys {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, "\n    %s: %s", pyjson.Quote(k, true), pyjson.Float(m[k]))
	}
	b.WriteString("\n}")
	return []byte(b.String())
}

// formatLog prints a log entry as "step N: key value, ..." in a fixed key
// order.
func formatLog(e train.LogEntry) string {
	var parts []string
	for _, k := range []string{"loss", "grad_norm", "learning_rate", "eval_loss", "epoch", "train_loss", "train_runtime", "train_samples_per_second", "train_steps_per_second", "eval_runtime"} {
		if v, ok := e[k]; ok {
			parts = append(parts, fmt.Sprintf("%s %.6g", k, v))
		}
		if v, ok := e[k].(float64); ok && k == "eval_loss" {
			parts = append(parts, fmt.Sprintf("perplexity %.6g", train.Perplexity(v)))
		}
	}
	return fmt.Sprintf("step %v: %s", e["step"], strings.Join(parts, ", "))
}

// newLoRA creates the adapter of the LoraConfig in path for m's model,
// initialised from seed, and sets it on m's Runner.
func newLoRA(m *auto.Model, path string, seed int64) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	cfg, err := peft.ParseTrainingConfig(data, path, m.Model().Config().Common().ModelType)
	if err != nil {
		return err
	}
	a, err := train.NewLoRA(m.Runner, cfg, path, seed)
	if err != nil {
		return err
	}
	return m.Runner.SetAdapter(a)
}

// trainDType is --dtype: float32 by default; bfloat16 only for LoRA
// training (--peft or --adapter), where the base is frozen: full
// fine-tuning trains float32 master weights.
func trainDType(o trainFlags) (ir.DType, error) {
	if o.dtype == "" {
		return ir.Float32, nil
	}
	dt, err := ir.ParseDType(o.dtype)
	if err != nil || (dt != ir.Float32 && dt != ir.BFloat16) {
		// float16 would need loss scaling (torch's GradScaler, the
		// Trainer's fp16), which kiln does not have.
		return ir.Invalid, fmt.Errorf("--dtype %q: want float32 or bfloat16", o.dtype)
	}
	if dt != ir.Float32 && o.peft == "" && o.adapter == "" {
		return ir.Invalid, fmt.Errorf("--dtype %s: full fine-tuning trains float32 weights; a %s base trains a LoRA adapter (--peft or --adapter)", o.dtype, dt)
	}
	return dt, nil
}

// devicesNote is what the summary line adds for a run over several
// devices.
func devicesNote(devices int, args train.TrainingArguments) string {
	if devices <= 1 {
		return ""
	}
	mode, _ := args.ShardMode() // NewTrainer checked it
	return fmt.Sprintf(", %s over %d virtual devices (%d rows a step before accumulation)", mode, devices, args.PerDeviceTrainBatchSize*devices)
}
