package train

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/internal/fixture"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/peft"
)

// TestModulesToSaveTraining trains LoRA on bert-tiny-cls with
// modules_to_save ["classifier", "score"] (PEFT's SEQ_CLS list: "score"
// matches nothing and is ignored) and checks: the new adapter's copies
// are the base classifier's parameters under PEFT's keys; the step trains
// the LoRA weights and the two copies (under the model's names) and
// nothing else; every frozen weight is unchanged bit for bit; the loss
// falls; the saved adapter holds the trained copies (not the base's);
// loaded on a fresh Runner it gives the trained Runner's logits exactly;
// and removing the adapter gives the base model's logits again.
func TestModulesToSaveTraining(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model training runs")
	}
	b := interp.New()
	dir := filepath.Join("..", "testdata", "models", "bert-tiny-cls")
	r, a := loraRunner(t, dir, b, `{"r": 4, "lora_alpha": 8, "target_modules": ["query", "value"], "modules_to_save": ["classifier", "score"], "task_type": "SEQ_CLS"}`, 2)
	copies := map[string]string{"classifier.weight": peft.KeyPrefix + "classifier.weight", "classifier.bias": peft.KeyPrefix + "classifier.bias"}
	if got := fmt.Sprint(a.Overrides()); got != fmt.Sprint(copies) {
		t.Fatalf("modules_to_save copies %s, want %v", got, copies)
	}
	ck := fixture.Checkpoint(t, dir)
	for p, key := range copies {
		x, _ := a.Tensor(key)
		w, err := ck.TensorAs(p, x.DType)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(x.Data, w.Data) {
			t.Errorf("the new copy %s is not the base's %s", key, p)
		}
	}
	ids := []int64{101, 2023, 3007, 1012, 102}
	base := logitsOf(t, r, ids)
	out := t.TempDir()
	js := fmt.Sprintf(`{"output_dir": %q, "max_steps": 8, "per_device_train_batch_size": 4, "learning_rate": 3e-2,
		"logging_steps": 1, "save_strategy": "no", "seed": 3, "weight_decay": 0.01}`, out)
	tr, err := NewTrainer(r, testArgs(t, js), clsRows(4), TrainerOptions{ModelDir: dir, NoDropout: true})
	if err != nil {
		t.Fatal(err)
	}
	step, err := tr.stepFor(context.Background(), models.Spec{Batch: 4, Seq: 6, Labels: true})
	if err != nil {
		t.Fatal(err)
	}
	var trained, frozen []string
	for _, p := range step.Params() {
		trained = append(trained, p.Name)
	}
	for _, p := range step.Frozen() {
		frozen = append(frozen, p.Name)
	}
	var want []string
	for _, n := range a.Names() {
		want = append(want, sessionName(a, n))
	}
	sort.Strings(trained)
	sort.Strings(want)
	if strings.Join(trained, " ") != strings.Join(want, " ") {
		t.Fatalf("trained parameters %v, want %v", trained, want)
	}
	before := downloadAll(t, r, frozen)
	if _, err := tr.Train(context.Background()); err != nil {
		t.Fatal(err)
	}
	for n, v := range downloadAll(t, r, frozen) {
		if !bytes.Equal(v, before[n]) {
			t.Errorf("frozen weight %s changed in training", n)
		}
	}
	var losses []float64
	for _, e := range tr.State.LogHistory {
		if l, ok := e["loss"].(float64); ok {
			losses = append(losses, l)
		}
	}
	t.Logf("losses %.4f", losses)
	if len(losses) != 8 || !(losses[7] < 0.8*losses[0]) {
		t.Errorf("losses %v: want 8, the last below 0.8 x the first", losses)
	}
	if err := tr.Save(out); err != nil {
		t.Fatal(err)
	}
	saved, err := peft.Load(out)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(saved.Names(), " "), strings.Join(a.Names(), " "); got != want {
		t.Fatalf("saved keys %s, want %s", got, want)
	}
	for _, key := range copies {
		x, _ := saved.Tensor(key)
		y, _ := a.Tensor(key)
		if bytes.Equal(x.Data, y.Data) {
			t.Errorf("the saved %s is the base's: the copy did not train", key)
		}
	}
	trainedLogits := logitsOf(t, r, ids)
	r2 := loadRunner(t, dir, b)
	if err := r2.SetAdapter(saved); err != nil {
		t.Fatal(err)
	}
	if got := logitsOf(t, r2, ids); fmt.Sprint(got) != fmt.Sprint(trainedLogits) {
		t.Errorf("the saved adapter on a fresh Runner gives %v, the trained Runner %v", got, trainedLogits)
	}
	if err := r.SetAdapter(nil); err != nil {
		t.Fatal(err)
	}
	if got := logitsOf(t, r, ids); fmt.Sprint(got) != fmt.Sprint(base) {
		t.Errorf("without the adapter the trained Runner gives %v, the base %v", got, base)
	}
}

// TestTiedHeadCopyTraining trains LoRA on gpt2-tiny, whose LM head is tied
// to transformer.wte (tie_word_embeddings), with modules_to_save
// ["lm_head"], as PEFT does: the new adapter's copy
// base_model.model.lm_head.weight starts as the embedding; the step
// trains the LoRA weights and the copy (an untied lm_head.weight) while
// the embedding stays frozen, bit for bit; the loss falls; the saved copy
// is the trained one and a fresh Runner with the saved adapter gives the
// trained logits exactly; without the adapter the base's logits return.
// On a bf16 Runner the copy keeps the base's dtype (PEFT's
// ModulesToSaveWrapper copies the module) and training it is refused.
func TestTiedHeadCopyTraining(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model training runs")
	}
	b := interp.New()
	dir := filepath.Join("..", "testdata", "models", "gpt2-tiny")
	cfg := `{"r": 4, "lora_alpha": 8, "target_modules": ["c_attn"], "fan_in_fan_out": true, "modules_to_save": ["lm_head"]}`
	r, a := loraRunner(t, dir, b, cfg, 2)
	const key = peft.KeyPrefix + "lm_head.weight"
	if got := fmt.Sprint(a.Overrides()); got != fmt.Sprint(map[string]string{"lm_head.weight": key}) {
		t.Fatalf("modules_to_save copies %s, want lm_head.weight", got)
	}
	start, _ := a.Tensor(key)
	wte, err := fixture.Checkpoint(t, dir).TensorAs("transformer.wte.weight", start.DType)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(start.Data, wte.Data) {
		t.Fatal("the new lm_head copy is not the tied embedding")
	}
	ids := []int64{5, 17, 42, 9, 300, 7}
	base := logitsOf(t, r, ids)
	out := t.TempDir()
	js := fmt.Sprintf(`{"output_dir": %q, "max_steps": 8, "per_device_train_batch_size": 2, "learning_rate": 2e-2,
		"logging_steps": 1, "save_strategy": "no", "seed": 3}`, out)
	tr, err := NewTrainer(r, testArgs(t, js), lmRows(2, 8), TrainerOptions{ModelDir: dir, NoDropout: true})
	if err != nil {
		t.Fatal(err)
	}
	step, err := tr.stepFor(context.Background(), models.Spec{Batch: 2, Seq: 8, Labels: true})
	if err != nil {
		t.Fatal(err)
	}
	var trained, frozen []string
	for _, p := range step.Params() {
		trained = append(trained, p.Name)
	}
	for _, p := range step.Frozen() {
		frozen = append(frozen, p.Name)
	}
	if step.Tied() != nil {
		t.Errorf("tied parameters %v in a step whose head is an untied copy", step.Tied())
	}
	var want []string
	for _, n := range a.Names() {
		want = append(want, sessionName(a, n))
	}
	sort.Strings(trained)
	sort.Strings(want)
	if strings.Join(trained, " ") != strings.Join(want, " ") {
		t.Fatalf("trained parameters %v, want %v", trained, want)
	}
	if !strings.Contains(" "+strings.Join(frozen, " ")+" ", " transformer.wte.weight ") {
		t.Fatalf("transformer.wte.weight is not frozen: frozen %v", frozen)
	}
	before := downloadAll(t, r, frozen)
	if _, err := tr.Train(context.Background()); err != nil {
		t.Fatal(err)
	}
	for n, v := range downloadAll(t, r, frozen) {
		if !bytes.Equal(v, before[n]) {
			t.Errorf("frozen weight %s changed in training", n)
		}
	}
	var losses []float64
	for _, e := range tr.State.LogHistory {
		if l, ok := e["loss"].(float64); ok {
			losses = append(losses, l)
		}
	}
	t.Logf("losses %.4f", losses)
	if len(losses) != 8 || !(losses[7] < 0.9*losses[0]) {
		t.Errorf("losses %v: want 8, the last below 0.9 x the first", losses)
	}
	if err := tr.Save(out); err != nil {
		t.Fatal(err)
	}
	saved, err := peft.Load(out)
	if err != nil {
		t.Fatal(err)
	}
	if x, _ := saved.Tensor(key); x == nil || bytes.Equal(x.Data, start.Data) {
		t.Errorf("the saved %s is missing or the embedding's: the copy did not train", key)
	}
	trainedLogits := logitsOf(t, r, ids)
	r2 := loadRunner(t, dir, b)
	if err := r2.SetAdapter(saved); err != nil {
		t.Fatal(err)
	}
	if got := logitsOf(t, r2, ids); fmt.Sprint(got) != fmt.Sprint(trainedLogits) {
		t.Error("the saved adapter on a fresh Runner gives other logits than the trained Runner")
	}
	if err := r.SetAdapter(nil); err != nil {
		t.Fatal(err)
	}
	if got := logitsOf(t, r, ids); fmt.Sprint(got) != fmt.Sprint(base) {
		t.Error("without the adapter the trained Runner does not give the base's logits")
	}

	// bf16: the copy is a bf16 parameter, which kiln does not train.
	rb := halfRunner(t, dir, b, ir.BFloat16)
	pc, err := peft.ParseTrainingConfig([]byte(cfg), "lora_config.json", "gpt2")
	if err != nil {
		t.Fatal(err)
	}
	ab, err := NewLoRA(rb, pc, "lora_config.json", 2)
	if err != nil {
		t.Fatal(err)
	}
	if err := rb.SetAdapter(ab); err != nil {
		t.Fatal(err)
	}
	trb, err := NewTrainer(rb, testArgs(t, js), lmRows(2, 8), TrainerOptions{ModelDir: dir, NoDropout: true})
	if err == nil {
		_, err = trb.stepFor(context.Background(), models.Spec{Batch: 2, Seq: 8, Labels: true})
	}
	if err == nil || !strings.Contains(err.Error(), "lm_head.weight") || !strings.Contains(err.Error(), "modules_to_save copy keeps the base's dtype") {
		t.Errorf("training a bf16 lm_head copy: got %v, want the refusal naming it", err)
	}
}
