package cpu

import (
	"io"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
)

// TestEncoderONNXMissingWeight: the writers name the weight they lack.
func TestEncoderONNXMissingWeight(t *testing.T) {
	s := &suite{o: Options{Small: true}}
	vitCfg, whisperCfg, _ := s.encoderShapes()
	vm, err := newModel(vitCfg)
	if err != nil {
		t.Fatal(err)
	}
	err = writeViTONNX(io.Discard, vm.Config().(*models.ViTConfig), map[string]*tensor.Tensor{})
	if err == nil || !strings.Contains(err.Error(), "vit.embeddings.patch_embeddings.projection.weight") {
		t.Errorf("vit without weights: %v", err)
	}
	wm, err := newModel(whisperCfg)
	if err != nil {
		t.Fatal(err)
	}
	err = writeWhisperEncoderONNX(io.Discard, wm.Config().(*models.WhisperConfig), map[string]*tensor.Tensor{})
	if err == nil || !strings.Contains(err.Error(), "model.encoder.conv1.weight") {
		t.Errorf("whisper without weights: %v", err)
	}
}

// TestKeepResultsPrunesDecoder: the whisper workload's program is the
// encoder alone: one result, no decoder parameter, the features input kept.
func TestKeepResultsPrunesDecoder(t *testing.T) {
	s := &suite{o: Options{Small: true}}
	_, whisperCfg, _ := s.encoderShapes()
	f, _, err := buildModel(whisperCfg, models.Spec{Batch: 1, Stage: models.StageEncoder})
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Results) < 2 {
		t.Fatalf("encoder stage has %d results, want the cross K/V too", len(f.Results))
	}
	if err := keepResults(f, models.OutputEncoderLastHidden); err != nil {
		t.Fatal(err)
	}
	if len(f.Results) != 1 || f.ResultNames[0] != models.OutputEncoderLastHidden {
		t.Errorf("results %v", f.ResultNames)
	}
	sawFeatures := false
	for _, p := range f.Params {
		if strings.Contains(p.Name, "decoder") {
			t.Errorf("decoder parameter %s kept", p.Name)
		}
		sawFeatures = sawFeatures || p.Name == models.InputFeatures
	}
	if !sawFeatures {
		t.Error("input_features pruned")
	}
	if err := keepResults(f, "logits"); err == nil {
		t.Error("keepResults of a missing result: no error")
	}
}
