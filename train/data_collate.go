package train

import (
	"fmt"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
)

// LabelKind is the form of labels a model's head trains on.
type LabelKind int

const (
	// TokenLabels: one integer per token, -100 ignored, else in
	// [0, vocab_size) for causal and masked LMs and in [0, num_labels) for
	// token classifiers (NumLabels > 0).
	TokenLabels LabelKind = iota + 1
	// ClassLabels: one integer class per row in [0, num_labels), or -100
	// (single_label_classification).
	ClassLabels
	// FloatLabels: NumLabels numbers per row (regression; multi-label
	// classification targets), one number when NumLabels is 1.
	FloatLabels
)

// Collator turns rows into the inputs of a model's training program, as
// the HF Trainer's collator with padding does: the rows of a batch are
// stacked; rows shorter than the longest of the batch are padded on the
// right, input_ids with the config's pad_token_id (0 when it has none),
// attention_mask and token_type_ids with 0, token labels with -100.
// Decoders get position_ids 0..T-1 per row (what transformers' models use
// when none are passed in training); BERT gets token_type_ids (zeros when
// a row has none).
type Collator struct {
	// Arch names the model in errors.
	Arch string
	// Decoder: the program takes position_ids and no token_type_ids.
	Decoder bool
	// PadID pads input_ids.
	PadID int64
	// Vocab bounds input_ids and token labels.
	Vocab int
	// TypeVocab bounds token_type_ids (0: the model takes none).
	TypeVocab int
	// Kind is the head's label form.
	Kind LabelKind
	// NumLabels is the classifier's output size (ClassLabels, FloatLabels).
	NumLabels int
	// Problem is the classifier's resolved problem_type.
	Problem string
	// FloatDType is the dtype of FloatLabels (the compute dtype).
	FloatDType ir.DType
}

// NewCollator describes the inputs and labels m's training program takes
// in compute dtype dt. Models without a head, and classifier configs kiln
// does not know the labels of, are errors.
func NewCollator(m models.Model, dt ir.DType) (*Collator, error) {
	base := m.Config().Common()
	c := &Collator{Arch: m.Arch(), PadID: int64(base.Pad(0)), Vocab: base.VocabSize, FloatDType: dt}
	_, c.Decoder = m.(models.Decoder)
	if bc, ok := m.Config().(*models.BertConfig); ok {
		c.TypeVocab = bc.TypeVocabSize
	}
	switch m.Task() {
	case models.TaskCausalLM, models.TaskMaskedLM:
		c.Kind = TokenLabels
	case models.TaskTokenClassification:
		lc, ok := m.Config().(models.Classifier)
		if !ok {
			return nil, fmt.Errorf("%s: kiln does not know this classifier's labels", c.Arch)
		}
		c.Kind = TokenLabels
		c.NumLabels, _ = lc.ClassLabels()
	case models.TaskSequenceClassification:
		lc, ok := m.Config().(models.Classifier)
		if !ok {
			return nil, fmt.Errorf("%s: kiln does not know this classifier's labels", c.Arch)
		}
		c.NumLabels, c.Problem = lc.ClassLabels()
		if c.Problem == "" {
			c.Problem = "single_label_classification"
			if c.NumLabels == 1 {
				c.Problem = "regression"
			}
		}
		c.Kind = FloatLabels
		if c.Problem == "single_label_classification" {
			c.Kind = ClassLabels
		}
	case models.TaskQuestionAnswering:
		return nil, fmt.Errorf("%s: training question-answering heads (start_positions, end_positions) is not supported", c.Arch)
	default:
		return nil, fmt.Errorf("%s has no head: it computes no loss to train on (load a ...ForCausalLM, ...ForMaskedLM, ...ForSequenceClassification or ...ForTokenClassification)", c.Arch)
	}
	return c, nil
}

// Check validates every row of ds against the model: ids below vocab_size,
// token types below type_vocab_size (and none for decoders), and labels of
// the head's form. Errors name the file, the line and the field.
func (c *Collator) Check(ds *Dataset) error {
	for i := range ds.Rows {
		if err := c.checkRow(&ds.Rows[i]); err != nil {
			return fmt.Errorf("%s: %w", ds.where(i), err)
		}
	}
	return nil
}

func (c *Collator) checkRow(r *Example) error {
	if len(r.InputIDs) == 0 {
		return fmt.Errorf("field \"input_ids\": empty")
	}
	for j, id := range r.InputIDs {
		if id < 0 || id >= int64(c.Vocab) {
			return fmt.Errorf("field \"input_ids\": value %d: id %d is outside [0, vocab_size %d) of %s", j, id, c.Vocab, c.Arch)
		}
	}
	if r.AttentionMask != nil && len(r.AttentionMask) != len(r.InputIDs) {
		return fmt.Errorf("field \"attention_mask\" has %d values, input_ids has %d", len(r.AttentionMask), len(r.InputIDs))
	}
	if r.SpecialTokensMask != nil && len(r.SpecialTokensMask) != len(r.InputIDs) {
		return fmt.Errorf("field \"special_tokens_mask\" has %d values, input_ids has %d", len(r.SpecialTokensMask), len(r.InputIDs))
	}
	if r.TokenTypeIDs != nil {
		if c.Decoder || c.TypeVocab == 0 {
			return fmt.Errorf("field \"token_type_ids\": %s takes no token type ids", c.Arch)
		}
		if len(r.TokenTypeIDs) != len(r.InputIDs) {
			return fmt.Errorf("field \"token_type_ids\" has %d values, input_ids has %d", len(r.TokenTypeIDs), len(r.InputIDs))
		}
		for j, v := range r.TokenTypeIDs {
			if v < 0 || v >= int64(c.TypeVocab) {
				return fmt.Errorf("field \"token_type_ids\": value %d: %d is outside [0, type_vocab_size %d)", j, v, c.TypeVocab)
			}
		}
	}
	l := r.Labels
	switch c.Kind {
	case TokenLabels:
		if !l.List || l.Ints == nil {
			return fmt.Errorf("field \"labels\": %s trains on token labels: want a list of integers (-100 ignored), one per token", c.Arch)
		}
		if len(l.Ints) != len(r.InputIDs) {
			return fmt.Errorf("field \"labels\" has %d values, input_ids has %d", len(l.Ints), len(r.InputIDs))
		}
		bound, what := c.Vocab, "vocab_size"
		if c.NumLabels > 0 { // a token classifier
			bound, what = c.NumLabels, "num_labels"
		}
		for j, v := range l.Ints {
			if v != models.IgnoreIndex && (v < 0 || v >= int64(bound)) {
				return fmt.Errorf("field \"labels\": value %d: label %d is outside [0, %s %d) and is not -100", j, v, what, bound)
			}
		}
	case ClassLabels:
		if l.List {
			if l.Ints == nil && len(l.Values) > 1 {
				return fmt.Errorf("field \"labels\": a list of floats, but %s has problem_type %s (one integer class per row); transformers would train multi_label_classification on float labels: set problem_type in config.json", c.Arch, c.Problem)
			}
			return fmt.Errorf("field \"labels\": %s (%s) wants one integer class per row, got a list", c.Arch, c.Problem)
		}
		if l.Ints == nil {
			return fmt.Errorf("field \"labels\": %s (%s) wants an integer class, got %v", c.Arch, c.Problem, l.Values[0])
		}
		if v := l.Ints[0]; v != models.IgnoreIndex && (v < 0 || v >= int64(c.NumLabels)) {
			return fmt.Errorf("field \"labels\": class %d is outside [0, num_labels %d)", v, c.NumLabels)
		}
	case FloatLabels:
		if c.NumLabels == 1 && l.List && len(l.Values) != 1 {
			return fmt.Errorf("field \"labels\": %s (%s, 1 label) wants one number per row, got a list of %d", c.Arch, c.Problem, len(l.Values))
		}
		if c.NumLabels > 1 && (!l.List || len(l.Values) != c.NumLabels) {
			return fmt.Errorf("field \"labels\": %s (%s) wants a list of num_labels = %d numbers per row, got %s", c.Arch, c.Problem, c.NumLabels, describeLabel(l))
		}
	}
	return nil
}

func describeLabel(l Label) string {
	if !l.List {
		return "one number"
	}
	return fmt.Sprintf("a list of %d", len(l.Values))
}

// Collate stacks rows (checked by Check) into the training program's host
// inputs for the Spec it returns: Batch = len(rows), Seq = the longest row,
// Labels set. Shorter rows are padded on the right as the type's doc says.
func (c *Collator) Collate(rows []Example) (map[string]*tensor.Tensor, models.Spec, error) {
	return c.collate(rows, 0)
}

// collate pads to the longest row or to minSeq, whichever is longer.
// Padding further than the batch's longest row changes no loss (the extra
// positions are masked keys with ignored labels); the Trainer uses it to
// give the micro-batches of one optimizer step one length.
func (c *Collator) collate(rows []Example, minSeq int) (map[string]*tensor.Tensor, models.Spec, error) {
	if len(rows) == 0 {
		return nil, models.Spec{}, fmt.Errorf("collate: no rows")
	}
	seq := minSeq
	for _, r := range rows {
		seq = max(seq, len(r.InputIDs))
	}
	b := len(rows)
	spec := models.Spec{Batch: b, Seq: seq, Labels: true}
	ids := make([]int64, b*seq)
	mask := make([]int64, b*seq)
	var types, positions []int64
	if c.Decoder {
		positions = make([]int64, b*seq)
	} else {
		types = make([]int64, b*seq)
	}
	var tokLabels []int64
	var clsLabels []int64
	var fLabels []float64
	switch c.Kind {
	case TokenLabels:
		tokLabels = make([]int64, b*seq)
	case ClassLabels:
		clsLabels = make([]int64, b)
	case FloatLabels:
		fLabels = make([]float64, 0, b*max(c.NumLabels, 1))
	default:
		return nil, spec, fmt.Errorf("collate: collator has no label kind")
	}
	for i, r := range rows {
		o := i * seq
		for j := 0; j < seq; j++ {
			if positions != nil {
				positions[o+j] = int64(j)
			}
			if j >= len(r.InputIDs) {
				ids[o+j] = c.PadID
				if tokLabels != nil {
					tokLabels[o+j] = models.IgnoreIndex
				}
				continue
			}
			ids[o+j] = r.InputIDs[j]
			mask[o+j] = 1
			if r.AttentionMask != nil {
				mask[o+j] = r.AttentionMask[j]
			}
			if types != nil && r.TokenTypeIDs != nil {
				types[o+j] = r.TokenTypeIDs[j]
			}
			if tokLabels != nil {
				if j >= len(r.Labels.Ints) {
					return nil, spec, fmt.Errorf("collate: line %d: %d labels for %d tokens", r.Line, len(r.Labels.Ints), len(r.InputIDs))
				}
				tokLabels[o+j] = r.Labels.Ints[j]
			}
		}
		switch {
		case clsLabels != nil:
			if r.Labels.Ints == nil || len(r.Labels.Ints) != 1 {
				return nil, spec, fmt.Errorf("collate: line %d: want one integer class", r.Line)
			}
			clsLabels[i] = r.Labels.Ints[0]
		case c.Kind == FloatLabels:
			if len(r.Labels.Values) != max(c.NumLabels, 1) {
				return nil, spec, fmt.Errorf("collate: line %d: %d labels, want %d", r.Line, len(r.Labels.Values), c.NumLabels)
			}
			fLabels = append(fLabels, r.Labels.Values...)
		}
	}
	shape := ir.Shape{b, seq}
	out := map[string]*tensor.Tensor{}
	add := func(name string, t *tensor.Tensor, err error) error {
		if err != nil {
			return fmt.Errorf("collate %s: %w", name, err)
		}
		out[name] = t
		return nil
	}
	t, err := tensor.FromInt64(ir.Int64, shape, ids)
	if err := add(models.InputIDs, t, err); err != nil {
		return nil, spec, err
	}
	t, err = tensor.FromInt64(ir.Int64, shape, mask)
	if err := add(models.InputAttentionMask, t, err); err != nil {
		return nil, spec, err
	}
	if positions != nil {
		t, err = tensor.FromInt64(ir.Int64, shape, positions)
		if err := add(models.InputPositionIDs, t, err); err != nil {
			return nil, spec, err
		}
	} else {
		t, err = tensor.FromInt64(ir.Int64, shape, types)
		if err := add(models.InputTokenTypeIDs, t, err); err != nil {
			return nil, spec, err
		}
	}
	switch c.Kind {
	case TokenLabels:
		t, err = tensor.FromInt64(ir.Int64, shape, tokLabels)
	case ClassLabels:
		t, err = tensor.FromInt64(ir.Int64, ir.Shape{b}, clsLabels)
	case FloatLabels:
		ls := ir.Shape{b, c.NumLabels}
		if c.NumLabels == 1 && c.Problem == "regression" {
			ls = ir.Shape{b}
		}
		t, err = tensor.FromFloat64(c.FloatDType, ls, fLabels)
	}
	if err := add(models.InputLabels, t, err); err != nil {
		return nil, spec, err
	}
	return out, spec, nil
}

// padRows extends a micro-batch shorter than the step's others to n rows
// with rows that change neither the loss nor the gradient, so that every
// micro-batch of an optimizer step has one shape (one compiled program):
// one padding token, attention mask 0, every label ignored (-100). The
// losses that skip ignored labels (token losses under num_items_in_batch
// or their mean, single-label cross-entropy's mean over kept rows) are
// unchanged by them; regression and multi-label losses average over every
// row and cannot ignore one, so for them a ragged step is an error.
func (c *Collator) padRows(rows []Example, n int) ([]Example, error) {
	var ignored Label
	switch c.Kind {
	case TokenLabels:
		ignored = Label{List: true, Values: []float64{models.IgnoreIndex}, Ints: []int64{models.IgnoreIndex}}
	case ClassLabels:
		ignored = Label{Values: []float64{models.IgnoreIndex}, Ints: []int64{models.IgnoreIndex}}
	default:
		return nil, fmt.Errorf("a micro-batch of %d rows beside micro-batches of %d: the regression / multi-label loss averages over every row, so kiln cannot pad it; choose per_device_train_batch_size and gradient_accumulation_steps that divide the rows, or set dataloader_drop_last", len(rows), n)
	}
	out := append(make([]Example, 0, n), rows...)
	for len(out) < n {
		out = append(out, Example{InputIDs: []int64{c.PadID}, AttentionMask: []int64{0}, Labels: ignored})
	}
	return out, nil
}
