package main

import (
	"fmt"

	"github.com/kiln-ml/kiln/hub"
	"github.com/spf13/cobra"
)

func init() {
	var opts hub.Options
	var repoType string
	cmd := &cobra.Command{
		Use:   "download REPO[@REVISION]",
		Short: "Download a Hugging Face Hub repo into the shared Hugging Face cache",
		Long: `Download the files of a Hub repo (all of them, or those the --include/--exclude
globs select) into the cache huggingface_hub uses ($HF_HUB_CACHE, $HF_HOME/hub or
~/.cache/huggingface/hub), and print the snapshot directory as the last line of
standard output. Files already cached are not downloaded again. With HF_HUB_OFFLINE=1
nothing is downloaded: the cached snapshot is printed, or an error says it is missing.
The token comes from HF_TOKEN or $HF_HOME/token; progress bars appear on a terminal only.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			repo, rev, err := hub.ParseRepoRef(args[0])
			if err != nil {
				return err
			}
			if rev != "" {
				if opts.Revision != "" && opts.Revision != rev {
					return fmt.Errorf("download: revision given twice: %q and --revision %q", rev, opts.Revision)
				}
				opts.Revision = rev
			}
			opts.RepoType = hub.RepoType(repoType)
			opts.Progress = hubOptions().Progress
			dir, err := hub.Download(cmd.Context(), repo, opts)
			if err != nil {
				return err
			}
			_, err = fmt.Fprintln(cmd.OutOrStdout(), dir)
			return err
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Revision, "revision", "", "branch, tag or commit (default main)")
	f.StringArrayVar(&opts.Include, "include", nil, "only files matching this glob (repeatable; * also matches /)")
	f.StringArrayVar(&opts.Exclude, "exclude", nil, "skip files matching this glob (repeatable)")
	f.StringVar(&opts.CacheDir, "cache-dir", "", "hub cache directory (default $HF_HUB_CACHE, $HF_HOME/hub, ~/.cache/huggingface/hub)")
	f.StringVar(&repoType, "repo-type", "model", "model or dataset")
	f.BoolVar(&opts.Offline, "offline", false, "use the cache only (as HF_HUB_OFFLINE=1)")
	addCommand(cmd)
}
