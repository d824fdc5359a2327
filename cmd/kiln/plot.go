package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/kiln-ml/kiln/train/trainlog"
)

func init() {
	var out string
	cmd := &cobra.Command{
		Use:   "plot OUT",
		Short: "Plot a training run's loss, eval_loss and learning-rate curves to a PNG",
		Long: `plot draws the loss and eval_loss curves and the learning-rate curve of a training run against
the step, as the PNG kiln train writes at the end of a run (960 x 384 pixels). OUT is kiln train's
--output-dir (or a checkpoint-N in it, or any Hugging Face Trainer output directory): its
trainer_state.json's log_history is read, or its train_log.jsonl when it has no trainer_state.json
(an interrupted run). OUT may also name one of those files. The image goes to --out, by default
training_curves.png in OUT (beside the file when OUT is a file).`,
		Example: `  kiln plot testdata/trainer/gpt2_accum4_wsd_noclip/expected --out gpt2-curves.png`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runPlot(os.Stderr, args[0], out)
		},
	}
	cmd.Flags().StringVar(&out, "out", "", "the PNG to write (default: OUT/training_curves.png)")
	addCommand(cmd)
}

func runPlot(stderr io.Writer, in, out string) error {
	history, from, err := trainlog.ReadHistory(in)
	if err != nil {
		return err
	}
	if out == "" {
		// OUT itself, or the directory of the file named.
		out = filepath.Join(filepath.Dir(from), trainlog.CurvesFile)
	}
	if err := trainlog.SavePNG(out, history); err != nil {
		return fmt.Errorf("%s: %w", from, err)
	}
	fmt.Fprintf(stderr, "kiln: plotted %d log entries of %s to %s\n", len(history), from, out)
	return nil
}
