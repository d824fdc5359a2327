// Command kiln is the command-line front end of kiln: it compiles and runs
// Hugging Face models, tokenizes, downloads and benchmarks. All logic lives
// in the library packages; each subcommand is a thin file in this folder
// that registers itself with addCommand in an init function.
package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"
)

var rootCmd = &cobra.Command{
	Use:           "kiln",
	Short:         "kiln compiles and runs transformer models from Hugging Face checkpoints",
	SilenceUsage:  true,
	SilenceErrors: true,
}

// addCommand registers a subcommand; called from the init function of each
// command's file so that commands can be added without touching this file.
func addCommand(c *cobra.Command) { rootCmd.AddCommand(c) }

func main() {
	if err := rootCmd.Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "kiln:", err)
		os.Exit(1)
	}
}
