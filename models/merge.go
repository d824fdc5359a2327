package models

import (
	"context"
	"fmt"

	"github.com/kiln-ml/kiln/tensor"
)

// MergeAdapter merges the adapter applied unmerged into the base weights
// in place (W += scaling·B·A, transposed for Conv1D, in the compute dtype
// with merge's rounding; DoRA modules through the adapter's DoRAMerger)
// and runs the plain programs from then on, as
// PEFT's merge_adapter does. The modules merged are those the compiled
// programs adapted; with none compiled yet, it compiles spec's program
// first. An adapter with a modules_to_save copy of a tied weight (the LM
// head of a model with tie_word_embeddings) is refused: it runs unmerged
// only. Not safe while runs are in flight.
func (r *Runner) MergeAdapter(ctx context.Context, spec Spec, merge MergeFunc) error {
	r.mu.Lock()
	ad := r.adapter
	r.mu.Unlock()
	if ad == nil {
		if r.AdapterDisabled() {
			return fmt.Errorf("merge: adapters are disabled (EnableAdapter first)")
		}
		return fmt.Errorf("merge: no adapter is set")
	}
	if len(ad.modules()) == 0 {
		if _, err := r.Program(ctx, spec); err != nil {
			return err
		}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	for p := range ad.Overrides() {
		if _, ok := r.untied[p]; ok {
			// The plain programs have no parameter p (it is tied to
			// another), so they could not read the copy.
			return fmt.Errorf("merge adapter %s: its modules_to_save copy of %s replaces a weight %s ties to another parameter (tie_word_embeddings); merged programs have none of their own, so run the adapter unmerged", ad.Name(), p, r.model.Arch())
		}
	}
	for _, m := range ad.modules() {
		wName := m.module.Path + ".weight"
		w, err := r.sess.Download(wName)
		if err != nil {
			return fmt.Errorf("merge %s: %w", m.module.Path, err)
		}
		a, _ := ad.Tensor(m.lora.A)
		b, _ := ad.Tensor(m.lora.B)
		var merged *tensor.Tensor
		if m.lora.Magnitude != "" {
			dm, ok := ad.Adapter.(DoRAMerger)
			if !ok {
				return fmt.Errorf("merge adapter %s into %s: a DoRA module, and the adapter has no MergeDoRA", ad.Name(), wName)
			}
			mag, _ := ad.Tensor(m.lora.Magnitude)
			merged, err = dm.MergeDoRA(w, a, b, mag, m.lora.Scaling, m.module.FanInFanOut)
		} else {
			merged, err = merge(w, a, b, m.lora.Scaling, m.module.FanInFanOut)
		}
		if err != nil {
			return fmt.Errorf("merge adapter %s into %s: %w", ad.Name(), wName, err)
		}
		if err := r.sess.Replace(wName, merged); err != nil {
			return fmt.Errorf("merge %s: %w", wName, err)
		}
	}
	r.adapter, r.merged = nil, ad // modules_to_save buffers stay the adapter's
	return nil
}

// UnmergeAdapter undoes MergeAdapter: every merged weight is re-read from
// the checkpoint (exactly the weights before the merge, whatever their
// dtype, where PEFT subtracts the update and keeps the rounding error),
// and the adapter is applied unmerged again.
func (r *Runner) UnmergeAdapter() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	ad := r.merged
	if ad == nil {
		return fmt.Errorf("unmerge: no adapter is merged")
	}
	for _, m := range ad.modules() {
		if err := r.reloadLocked(m.module.Path + ".weight"); err != nil {
			return fmt.Errorf("unmerge %s: %w", m.module.Path, err)
		}
	}
	r.adapter, r.merged = ad, nil
	return nil
}

// MergedAdapter returns the adapter merged into the weights, or nil.
func (r *Runner) MergedAdapter() Adapter {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.merged == nil {
		return nil
	}
	return r.merged.Adapter
}
