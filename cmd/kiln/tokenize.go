package main

import (
	"fmt"
	"os"

	"github.com/kiln-ml/kiln/tokenizer"
	"github.com/spf13/cobra"
)

func init() {
	var tokPath, input string
	var texts []string
	var noSpecial, offsets bool
	tok := &cobra.Command{
		Use:   "tokenize --tokenizer PATH (--input FILE.json | --text STRING...)",
		Short: "Encode strings with a Hugging Face tokenizer; prints a JSON array of {ids, tokens[, offsets]}",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			t, err := tokenizer.FromDir(tokPath)
			if err != nil {
				return err
			}
			if (input == "") == (len(texts) == 0) {
				return fmt.Errorf("give exactly one of --input FILE.json or --text STRING")
			}
			if input != "" {
				if texts, err = tokenizer.ReadStringsFile(input); err != nil {
					return err
				}
			}
			res, err := t.TokenizeAll(texts, !noSpecial, offsets)
			if err != nil {
				return err
			}
			return tokenizer.WriteJSON(os.Stdout, res)
		},
	}
	tok.Flags().StringVar(&tokPath, "tokenizer", "", "tokenizer.json file or model directory")
	tok.Flags().StringVar(&input, "input", "", "JSON file holding an array of strings")
	tok.Flags().StringArrayVar(&texts, "text", nil, "text to encode (repeatable)")
	tok.Flags().BoolVar(&noSpecial, "no-special-tokens", false, "do not add the post-processor's special tokens")
	tok.Flags().BoolVar(&offsets, "offsets", false, "include character offsets")
	_ = tok.MarkFlagRequired("tokenizer")
	addCommand(tok)

	var dtokPath, dinput string
	var idLists []string
	var skipSpecial bool
	detok := &cobra.Command{
		Use:   "detokenize --tokenizer PATH (--input FILE.json | --ids JSON...)",
		Short: "Decode id lists with a Hugging Face tokenizer; prints a JSON array of strings",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			t, err := tokenizer.FromDir(dtokPath)
			if err != nil {
				return err
			}
			if (dinput == "") == (len(idLists) == 0) {
				return fmt.Errorf("give exactly one of --input FILE.json or --ids '[1,2,3]'")
			}
			var lists [][]int
			if dinput != "" {
				if lists, err = tokenizer.ReadIDsFile(dinput); err != nil {
					return err
				}
			}
			for i, s := range idLists {
				l, err := tokenizer.ParseIDLists([]byte("[" + s + "]"))
				if err != nil || len(l) != 1 {
					return fmt.Errorf("--ids #%d: expected a JSON array of ids like [1,2,3]", i+1)
				}
				lists = append(lists, l[0])
			}
			out := make([]string, len(lists))
			for i, ids := range lists {
				if err := t.CheckIDs(ids); err != nil {
					return fmt.Errorf("input %d: %w", i, err)
				}
				out[i] = t.Decode(ids, skipSpecial)
			}
			return tokenizer.WriteJSON(os.Stdout, out)
		},
	}
	detok.Flags().StringVar(&dtokPath, "tokenizer", "", "tokenizer.json file or model directory")
	detok.Flags().StringVar(&dinput, "input", "", "JSON file: array of id arrays (or of {\"ids\": [...]} objects)")
	detok.Flags().StringArrayVar(&idLists, "ids", nil, "ids as a JSON array, e.g. [1,2,3] (repeatable)")
	detok.Flags().BoolVar(&skipSpecial, "skip-special-tokens", false, "leave special tokens out")
	_ = detok.MarkFlagRequired("tokenizer")
	addCommand(detok)
}
