package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/kiln-ml/kiln/hub"
	"github.com/spf13/cobra"
)

func init() {
	var cacheDir string
	root := &cobra.Command{
		Use:   "cache",
		Short: "List or delete what the Hugging Face cache holds",
	}
	root.PersistentFlags().StringVar(&cacheDir, "cache-dir", "", "hub cache directory (default $HF_HUB_CACHE, $HF_HOME/hub, ~/.cache/huggingface/hub)")

	var revisions bool
	ls := &cobra.Command{
		Use:   "ls",
		Short: "List cached repos with their size, files and refs",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			info, err := scanCacheOrEmpty(cacheDir)
			if err != nil {
				return err
			}
			for _, w := range info.Warnings {
				fmt.Fprintln(cmd.ErrOrStderr(), "warning:", w)
			}
			return info.WriteTable(cmd.OutOrStdout(), revisions)
		},
	}
	ls.Flags().BoolVar(&revisions, "revisions", false, "one row per cached revision")

	var repoType string
	var dryRun bool
	rm := &cobra.Command{
		Use:   "rm TARGET...",
		Short: "Delete cached repos (org/name) or revisions (org/name@rev, or a commit hash)",
		Long: `Delete whole repos ("org/name") or single revisions ("org/name@main", "org/name@<commit>",
or a bare commit hash) from the cache. Deleting a revision removes its snapshot, the refs
pointing to it and the blobs no other revision uses; deleting the last revision removes
the repo. Nothing outside the cache directory is touched.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			info, err := scanCacheOrEmpty(cacheDir)
			if err != nil {
				return err
			}
			plan, err := info.PlanDelete(hub.RepoType(repoType), args...)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			for _, group := range [][]string{plan.Repos, plan.Snapshots, plan.Refs, plan.Blobs} {
				for _, p := range group {
					fmt.Fprintln(out, "delete", p)
				}
			}
			if dryRun {
				fmt.Fprintf(out, "Would free %s.\n", hub.FormatSize(plan.Freed))
				return nil
			}
			if err := plan.Execute(); err != nil {
				return err
			}
			fmt.Fprintf(out, "Freed %s.\n", hub.FormatSize(plan.Freed))
			return nil
		},
	}
	rm.Flags().StringVar(&repoType, "repo-type", "model", "model or dataset")
	rm.Flags().BoolVar(&dryRun, "dry-run", false, "print what would be deleted, delete nothing")

	root.AddCommand(ls, rm)
	addCommand(root)
}

// scanCacheOrEmpty scans the cache, treating a cache directory that does
// not exist yet (nothing was ever downloaded) as an empty cache.
func scanCacheOrEmpty(dir string) (*hub.CacheInfo, error) {
	root := dir
	if root == "" {
		root = hub.DefaultCacheDir()
	}
	if _, err := os.Stat(root); errors.Is(err, fs.ErrNotExist) {
		return &hub.CacheInfo{Dir: root}, nil
	}
	return hub.ScanCache(dir)
}
