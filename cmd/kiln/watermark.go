package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/kiln-ml/kiln/generate"
	"github.com/kiln-ml/kiln/hub"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tokenizer"
)

// detectionJSON is one row of `kiln watermark detect --json`, with the
// field names of transformers' WatermarkDetectorOutput.
type detectionJSON struct {
	NumTokensScored int     `json:"num_tokens_scored"`
	NumGreenTokens  int     `json:"num_green_tokens"`
	GreenFraction   float64 `json:"green_fraction"`
	ZScore          float64 `json:"z_score"`
	PValue          float64 `json:"p_value"`
	Prediction      bool    `json:"prediction"`
	Confidence      float64 `json:"confidence"`
}

func init() {
	var o struct {
		model, ids     string
		texts          []string
		zThreshold     float64
		ignoreRepeated bool
		asJSON         bool
		wm             watermarkFlags
	}
	detect := &cobra.Command{
		Use:   "detect --model M (--ids ROWS | --text TEXT...)",
		Short: "Tell whether token sequences carry the watermark 'kiln generate --watermark' adds",
		Long: `detect is transformers' WatermarkDetector: for each row (token ids, or a text encoded with the
model's tokenizer without special tokens) it counts the tokens in the green list their
predecessors select, and prints the z-score, its one-sided p-value and the verdict
(watermarked when z > --z-threshold). The watermark settings are generation_config.json's
watermarking_config when it has one, else transformers' defaults, overridden by the flags given;
they must be those used when generating. Rows should include the prompt, as generate's output
does; a leading BOS token is skipped.

kiln draws green lists with its own generator, so it detects kiln's watermarks, not those of
transformers.`,
		Example: `  kiln generate --model testdata/models/gpt2-tiny --prompt "Hello" --do-sample --seed 3 --watermark --max-new-tokens 60 --json
  kiln watermark detect --model testdata/models/gpt2-tiny --text "Hello ..."`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if ctx == nil {
				ctx = context.Background()
			}
			if (o.ids == "") == (len(o.texts) == 0) {
				return fmt.Errorf("give exactly one of --ids or --text")
			}
			dir, err := hub.ResolveModelPath(ctx, o.model, hubOptions())
			if err != nil {
				return err
			}
			mcfg, err := models.LoadConfig(dir)
			if err != nil {
				return err
			}
			gcfg, err := generate.LoadConfig(dir, mcfg)
			if err != nil {
				return err
			}
			wc := generate.DefaultWatermarking()
			if gcfg.Watermarking != nil {
				wc = *gcfg.Watermarking
			}
			set := cmd.Flags().Changed
			for name, apply := range map[string]func(){
				"greenlist-ratio": func() { wc.GreenlistRatio = o.wm.cfg.GreenlistRatio },
				"watermark-bias":  func() { wc.Bias = o.wm.cfg.Bias },
				"hashing-key":     func() { wc.HashingKey = o.wm.cfg.HashingKey },
				"seeding-scheme":  func() { wc.SeedingScheme = o.wm.cfg.SeedingScheme },
				"context-width":   func() { wc.ContextWidth = o.wm.cfg.ContextWidth },
			} {
				if set(name) {
					apply()
				}
			}
			det, err := generate.NewWatermarkDetector(wc, mcfg.Common().VocabSize, gcfg.BOSTokenID)
			if err != nil {
				return fmt.Errorf("%s: %w", dir, err)
			}
			det.IgnoreRepeatedNgrams = o.ignoreRepeated
			rows, err := detectRows(dir, o.ids, o.texts)
			if err != nil {
				return err
			}
			var res []detectionJSON
			for i, row := range rows {
				d, err := det.Detect(row, o.zThreshold)
				if err != nil {
					return fmt.Errorf("row %d: %w", i, err)
				}
				res = append(res, detectionJSON{d.TokensScored, d.GreenTokens, d.GreenFraction, d.ZScore, d.PValue, d.Prediction, d.Confidence})
			}
			return printDetections(cmd.OutOrStdout(), res, o.asJSON)
		},
	}
	f := detect.Flags()
	f.StringVar(&o.model, "model", "", "model directory or Hub repo id: its vocabulary size, BOS id, tokenizer and watermarking_config (required)")
	f.StringVar(&o.ids, "ids", "", `token id rows separated by ';' ("1,2,3;4,5")`)
	f.StringArrayVar(&o.texts, "text", nil, "text to check, encoded with the model's tokenizer (repeatable)")
	f.Float64Var(&o.zThreshold, "z-threshold", 3, "z-score above which a row is called watermarked (z_threshold)")
	f.BoolVar(&o.ignoreRepeated, "ignore-repeated-ngrams", false, "count each distinct n-gram once (ignore_repeated_ngrams)")
	f.BoolVar(&o.asJSON, "json", false, "print a JSON array of WatermarkDetectorOutput objects")
	o.wm.register(f)
	_ = detect.MarkFlagRequired("model")
	detect.MarkFlagsMutuallyExclusive("ids", "text")

	root := &cobra.Command{Use: "watermark", Short: "Detect the green-list watermark of 'kiln generate --watermark'"}
	root.AddCommand(detect)
	addCommand(root)
}

// detectRows parses --ids, or encodes each --text with dir's tokenizer
// (no special tokens: the rows are what the model generated).
func detectRows(dir, ids string, texts []string) ([][]int, error) {
	if ids != "" {
		return parseIDRows(ids, "--ids")
	}
	tok, err := tokenizer.FromDir(dir)
	if err != nil {
		return nil, fmt.Errorf("--text needs the model's tokenizer: %w", err)
	}
	var rows [][]int
	for i, t := range texts {
		enc, err := tok.Encode(t, tokenizer.AddSpecialTokens(false))
		if err != nil {
			return nil, fmt.Errorf("--text #%d: %w", i+1, err)
		}
		rows = append(rows, enc.IDs)
	}
	return rows, nil
}

func printDetections(w io.Writer, res []detectionJSON, asJSON bool) error {
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	for i, d := range res {
		verdict := "not watermarked"
		if d.Prediction {
			verdict = "watermarked"
		}
		fmt.Fprintf(w, "[%d] z-score %.3f  p-value %.3g  green %d/%d (%.3f)  %s\n",
			i, d.ZScore, d.PValue, d.NumGreenTokens, d.NumTokensScored, d.GreenFraction, verdict)
	}
	return nil
}
