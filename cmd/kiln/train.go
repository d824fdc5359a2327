package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models/auto"
	"github.com/kiln-ml/kiln/train"
)

func init() {
	var o struct{ model, data, args, out, backend string }
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
and a save at the last step; "no" turns it off) --output-dir/checkpoint-N gets the model and
trainer_state.json of step N (not yet the optimizer, scheduler and RNG states). On an error (a
non-finite loss included) the final model is not written; checkpoints of earlier steps remain.`,
		Example: `  kiln train --model testdata/models/llama-tiny --train-file testdata/train/llama-tiny.jsonl --args testdata/train/training_args.json --output-dir llama-tiny-trained`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runTrain(cmd.Context(), os.Stderr, o.model, o.data, o.args, o.out, o.backend)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.model, "model", "", "model directory or Hub repo id (required)")
	f.StringVar(&o.data, "train-file", "", "pre-tokenized training rows, one JSON object per line (required)")
	f.StringVar(&o.args, "args", "", "training_args.json: TrainingArguments fields (required)")
	f.StringVar(&o.out, "output-dir", "", "where the trained model and trainer_state.json go (required; overrides output_dir)")
	f.StringVar(&o.backend, "backend", "", "backend name (default: the best available)")
	for _, n := range []string{"model", "train-file", "args", "output-dir"} {
		_ = cmd.MarkFlagRequired(n)
	}
	addCommand(cmd)
}

func runTrain(ctx context.Context, stderr io.Writer, model, dataPath, argsPath, out, backend string) error {
	if ctx == nil {
		ctx = context.Background()
	}
	args, err := train.LoadTrainingArguments(argsPath)
	if err != nil {
		return fmt.Errorf("--args: %w", err)
	}
	args.OutputDir = out
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
	// kiln writes what it can of a checkpoint, the model and
	// trainer_state.json, not yet the optimizer, scheduler and RNG states.
	var tr *train.Trainer
	if args.SaveStrategy != "no" {
		opts.SaveCheckpoint = func(_ context.Context, dir string, _ *train.TrainerState) error {
			if err := tr.Save(dir); err != nil {
				return err
			}
			fmt.Fprintf(stderr, "kiln: step %d: saved the model and trainer_state.json to %s (no optimizer, scheduler or RNG state yet)\n", tr.State.GlobalStep, dir)
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
	res, err := tr.Train(ctx)
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
