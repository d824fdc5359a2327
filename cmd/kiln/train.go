package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models/auto"
	"github.com/kiln-ml/kiln/train"
)

func init() {
	var o struct{ model, data, args, out, backend, resume string }
	cmd := &cobra.Command{
		Use:   "train",
		Short: "Fine-tune a model on pre-tokenized JSONL rows as the Hugging Face Trainer does",
		Long: `train runs the Hugging Face Trainer's training loop (transformers 5.x, one device, float32) on the
model in --model with the TrainingArguments of --args (training_args.json: transformers' names and
defaults) over the rows of --train-file, one JSON object per line:

  {"input_ids": [...], "attention_mask": [...], "labels": ...}   (+ "token_type_ids" for BERT)

labels is a list of token ids for language models (-100 ignored), an integer class for
single-label classifiers, a number or a list of numbers for regression and multi-label heads.
Rows of a batch are padded on the right to the longest (pad_token_id, mask 0, labels -100).
Rows are shuffled per epoch with a Go generator seeded by seed: not torch's order.

It writes the trained model to --output-dir in the Hugging Face layout (model.safetensors in
float32, config.json, the tokenizer files) and trainer_state.json with the log history. Progress
goes to standard error. Under save_strategy "steps" or "epoch" (HF's default is "steps", 500 steps,
and a save at the last step; "no" turns it off) --output-dir/checkpoint-N gets the full checkpoint
of step N: the model, trainer_state.json, training_args.json, optimizer.safetensors (kiln's
optimizer state: not torch's optimizer.pt), scheduler.json, rng_state.json and trainer_loop.json,
written to a temporary directory and renamed into place; save_total_limit keeps the newest (and
the best). --resume-from-checkpoint DIR (or true: the latest checkpoint-N of --output-dir)
continues a run exactly where that checkpoint left it. Ctrl-C stops training after the current
step, saves its checkpoint (unless save_strategy is "no") and exits with status 0 without writing
the final model. On an error (a non-finite loss included) the final model is not written;
checkpoints of earlier steps remain.`,
		Example: `  kiln train --model testdata/models/llama-tiny --train-file testdata/train/llama-tiny.jsonl --args testdata/train/training_args.json --output-dir llama-tiny-trained`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runTrain(cmd.Context(), os.Stderr, o.model, o.data, o.args, o.out, o.backend, o.resume)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.model, "model", "", "model directory or Hub repo id (required)")
	f.StringVar(&o.data, "train-file", "", "pre-tokenized training rows, one JSON object per line (required)")
	f.StringVar(&o.args, "args", "", "training_args.json: TrainingArguments fields (required)")
	f.StringVar(&o.out, "output-dir", "", "where the trained model and trainer_state.json go (required; overrides output_dir)")
	f.StringVar(&o.backend, "backend", "", "backend name (default: the best available)")
	f.StringVar(&o.resume, "resume-from-checkpoint", "", "checkpoint directory to resume from, or true for the latest checkpoint-N of --output-dir (overrides resume_from_checkpoint)")
	for _, n := range []string{"model", "train-file", "args", "output-dir"} {
		_ = cmd.MarkFlagRequired(n)
	}
	addCommand(cmd)
}

func runTrain(ctx context.Context, stderr io.Writer, model, dataPath, argsPath, out, backend, resume string) error {
	if ctx == nil {
		ctx = context.Background()
	}
	// Ctrl-C ends training between two steps, with a checkpoint, instead
	// of killing the process.
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt)
	defer stop()
	args, err := train.LoadTrainingArguments(argsPath)
	if err != nil {
		return fmt.Errorf("--args: %w", err)
	}
	args.OutputDir = out
	if resume != "" {
		args.ResumeFromCheckpoint = &resume
	}
	data, err := train.ReadJSONL(dataPath)
	if err != nil {
		return fmt.Errorf("--train-file: %w", err)
	}
	m, err := auto.Load(ctx, model, auto.Options{Backend: backend, DType: ir.Float32, Logger: noticeLogger(stderr), Hub: hubOptions(), Compile: compileOptions()})
	if err != nil {
		return err
	}
	defer m.Close()
	var logged bool
	opts := train.TrainerOptions{ModelDir: m.Dir,
		OnLog: func(e train.LogEntry) { logged = true; fmt.Fprintln(stderr, "kiln: "+formatLog(e)) },
		// Between log entries, about 20 progress lines a run.
		OnStep: func(step, total int, loss float64) {
			if every := max(1, (total+19)/20); step%every == 0 && !logged {
				fmt.Fprintf(stderr, "kiln: step %d/%d (step loss %.4f)\n", step, total, loss)
			}
			logged = false
		}}
	// save_strategy (HF's default "steps", and a save at the last step):
	// the library's full checkpoint.
	var tr *train.Trainer
	if args.SaveStrategy != "no" {
		opts.SaveCheckpoint = func(ctx context.Context, dir string, st *train.TrainerState) error {
			if err := tr.WriteCheckpoint(ctx, dir, st); err != nil {
				return err
			}
			fmt.Fprintf(stderr, "kiln: step %d: saved checkpoint %s\n", st.GlobalStep, dir)
			return nil
		}
	}
	tr, err = train.NewTrainer(m.Runner, args, data, opts)
	if err != nil {
		return err
	}
	if set, err := train.DropoutSettings(m.Dir); err == nil {
		if n := train.DropoutNotice(set); n != "" {
			fmt.Fprintln(stderr, "kiln: notice: "+n)
		}
	}
	if n := train.NEFTuneNotice(args); n != "" {
		fmt.Fprintln(stderr, "kiln: notice: "+n)
	}
	p := tr.Plan()
	fmt.Fprintf(stderr, "kiln: training %s on %d rows: %d steps (%d epochs, batch %d x %d accumulation), backend %s\n",
		m.Model().Arch(), data.Len(), p.MaxSteps, p.NumTrainEpochs, args.PerDeviceTrainBatchSize, args.GradientAccumulationSteps, m.Backend().Name())
	if dir := tr.ResumeCheckpoint(); dir != "" {
		fmt.Fprintf(stderr, "kiln: resuming from %s at step %d\n", dir, tr.ResumeStep())
	}
	res, err := tr.Train(ctx)
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
	if err := tr.Save(out); err != nil {
		return fmt.Errorf("--output-dir: %w", err)
	}
	fmt.Fprintf(stderr, "kiln: %d steps, train_loss %.4f; wrote the model and trainer_state.json to %s\n", res.GlobalStep, res.TrainingLoss, out)
	return nil
}

// formatLog prints a log entry as "step N: key value, ..." in a fixed key
// order.
func formatLog(e train.LogEntry) string {
	var parts []string
	for _, k := range []string{"loss", "grad_norm", "learning_rate", "epoch", "train_loss", "train_runtime", "train_samples_per_second", "train_steps_per_second"} {
		if v, ok := e[k]; ok {
			parts = append(parts, fmt.Sprintf("%s %.6g", k, v))
		}
	}
	return fmt.Sprintf("step %v: %s", e["step"], strings.Join(parts, ", "))
}
