package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/kiln-ml/kiln/generate"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/processors/audio"
)

// AutomaticSpeechRecognition transcribes audio files (or waveforms) with
// Whisper, as transformers' AutomaticSpeechRecognitionPipeline: long
// audio in overlapping chunks (Options.ChunkLengthS, StrideLengthS), the
// chunks' tokens merged as WhisperTokenizer._decode_asr does, with
// segment timestamps on request (Options.ReturnTimestamps).
const AutomaticSpeechRecognition = "automatic-speech-recognition"

// ASRResult is what the pipeline returns for one input: the text and,
// when timestamps were asked for, its timed segments. It marshals to
// JSON as transformers' {"text", "chunks": [{"timestamp": [s, e],
// "text"}]} ("chunks" only with timestamps).
type ASRResult struct {
	Text   string
	Chunks []ASRSegment
	// Tokens are each chunk's generated sequence, in chunk order: the
	// decoder prompt, the kept tokens of each generation of Whisper's
	// segment loop (asr_segments.go), and EOS when the last generation
	// ended with it (no padding).
	Tokens [][]int
	// Strides are each chunk's (length, left, right) in samples; nil
	// without chunking.
	Strides [][3]int
	// timestamps records whether Chunks belongs in the JSON.
	timestamps bool
}

// MarshalJSON writes transformers' dict.
func (r ASRResult) MarshalJSON() ([]byte, error) {
	if !r.timestamps {
		return json.Marshal(struct {
			Text string `json:"text"`
		}{r.Text})
	}
	chunks := r.Chunks
	if chunks == nil {
		chunks = []ASRSegment{}
	}
	return json.Marshal(struct {
		Text   string       `json:"text"`
		Chunks []ASRSegment `json:"chunks"`
	}{r.Text, chunks})
}

// asrState is what New prepares for the task.
type asrState struct {
	fe       *audio.WhisperFeatureExtractor
	whisper  generate.WhisperSettings
	maxSrc   int // max_source_positions
	maxTgt   int // max_target_positions
	tsBegin  int // <|0.00|>: the tokenizer's <|notimestamps|> + 1 (-1: none)
	eos      int
	features string // the encoder's input name
}

// setupASR checks that the model is a speech encoder-decoder (Whisper)
// and loads its feature extractor and generation settings.
func (p *Pipeline) setupASR() error {
	m := p.Model
	ed, ok := m.Model().(models.EncoderDecoder)
	name, _ := "", []int(nil)
	if ok {
		name, _ = ed.EncoderInput()
	}
	wc, isWhisper := m.Config.(*models.WhisperConfig)
	if !ok || name != models.InputFeatures || !isWhisper {
		return fmt.Errorf("%s: %s is not a speech encoder-decoder; task %s needs Whisper (CTC models are not supported)", m.Dir, m.Model().Arch(), p.Task)
	}
	cfg, err := audio.LoadWhisperConfig(filepath.Join(m.Dir, "preprocessor_config.json"))
	if err != nil {
		return fmt.Errorf("%s: task %s needs the model's feature extractor: %w", m.Dir, p.Task, err)
	}
	fe, err := audio.NewWhisperFeatureExtractor(cfg)
	if err != nil {
		return err
	}
	if cfg.FeatureSize != wc.NumMelBins {
		return fmt.Errorf("%s: preprocessor_config.json feature_size %d is not config.json num_mel_bins %d", m.Dir, cfg.FeatureSize, wc.NumMelBins)
	}
	g, err := generate.Load(m.Runner, m.Dir)
	if err != nil {
		return err
	}
	g.Tokenizer = p.Tokenizer
	p.Generator = g
	ws, err := generate.LoadWhisperSettings(m.Dir)
	if err != nil {
		return err
	}
	st := &asrState{fe: fe, whisper: ws, maxSrc: wc.MaxSourcePositions, maxTgt: wc.MaxTargetPositions, tsBegin: -1, eos: -1, features: name}
	if id, ok := p.Tokenizer.TokenToID("<|notimestamps|>"); ok {
		st.tsBegin = id + 1
	}
	if len(g.Config.EOSTokenIDs) > 0 {
		st.eos = g.Config.EOSTokenIDs[0]
	} else if g.Config.BOSTokenID >= 0 {
		st.eos = g.Config.BOSTokenID
	}
	p.asr = st
	return p.checkASROptions()
}

// checkASROptions validates the ASR fields of Options.
func (p *Pipeline) checkASROptions() error {
	o := p.opts
	switch o.ReturnTimestamps {
	case "", "false", "true":
	case "word":
		return errWordTimestamps
	default:
		return fmt.Errorf("return_timestamps must be false, true or \"word\", got %q", o.ReturnTimestamps)
	}
	if o.ChunkLengthS < 0 {
		return fmt.Errorf("chunk_length_s must be >= 0, got %g", o.ChunkLengthS)
	}
	if o.ChunkLengthS > float64(p.asr.fe.Config.ChunkLength) {
		return fmt.Errorf("chunk_length_s %g is longer than the feature extractor's chunk_length %d s (preprocessor_config.json): Whisper sees at most that much per chunk", o.ChunkLengthS, p.asr.fe.Config.ChunkLength)
	}
	if o.StrideLengthS != nil && o.ChunkLengthS == 0 {
		return errors.New("stride_length_s applies only with chunk_length_s")
	}
	if o.StrideLengthS != nil && (o.StrideLengthS[0] < 0 || o.StrideLengthS[1] < 0) {
		return fmt.Errorf("stride_length_s %v must be >= 0", *o.StrideLengthS)
	}
	if o.ASRTask != "" && o.ASRTask != "transcribe" && o.ASRTask != "translate" {
		return fmt.Errorf("task %q is not one of transcribe, translate (Whisper's generate task)", o.ASRTask)
	}
	if p.timestamps() && p.asr.tsBegin < 0 {
		return errors.New("return_timestamps needs the tokenizer's <|notimestamps|> token")
	}
	return nil
}

func (p *Pipeline) timestamps() bool { return p.opts.ReturnTimestamps == "true" }

// Transcribe runs the pipeline on audio files (decoded, downmixed and
// resampled to the feature extractor's rate by processors/audio).
func (p *Pipeline) Transcribe(ctx context.Context, files []string, opts ...generate.Option) ([]ASRResult, error) {
	if p.Task != AutomaticSpeechRecognition {
		return nil, fmt.Errorf("pipeline is %s, not %s", p.Task, AutomaticSpeechRecognition)
	}
	var out []ASRResult
	for _, f := range files {
		wave, _, err := audio.Load(f, audio.LoadOptions{SampleRate: p.asr.fe.Config.SamplingRate})
		if err != nil {
			return nil, err
		}
		r, err := p.TranscribeSamples(ctx, wave, opts...)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		out = append(out, r)
	}
	return out, nil
}

// TranscribeSamples runs the pipeline on a mono waveform at the feature
// extractor's sampling rate (transformers' numpy input). Without
// ChunkLengthS the clip must fit one window (chunk_length seconds);
// with it, the clip is cut as chunk_iter does and the chunks are
// generated BatchSize at a time, greedy unless generation_config.json or
// opts say otherwise. The length limit is transformers' pipeline default
// (max_new_tokens 256) unless generation_config.json sets max_new_tokens
// or max_length, or opts do.
func (p *Pipeline) TranscribeSamples(ctx context.Context, wave []float32, opts ...generate.Option) (ASRResult, error) {
	if p.Task != AutomaticSpeechRecognition {
		return ASRResult{}, fmt.Errorf("pipeline is %s, not %s", p.Task, AutomaticSpeechRecognition)
	}
	st := p.asr
	rate := st.fe.Config.SamplingRate
	if len(wave) == 0 {
		return ASRResult{}, errors.New("a 0-second clip: nothing to transcribe (transformers' ffmpeg_read refuses it too)")
	}
	var chunks []audio.Chunk
	if p.opts.ChunkLengthS > 0 {
		left, right := -1.0, -1.0
		if s := p.opts.StrideLengthS; s != nil {
			left, right = s[0], s[1]
		}
		n, l, r, err := audio.ChunkLengths(rate, p.opts.ChunkLengthS, left, right)
		if err != nil {
			return ASRResult{}, err
		}
		if chunks, err = audio.ChunkBounds(len(wave), n, l, r); err != nil {
			return ASRResult{}, err
		}
	} else {
		if len(wave) > st.fe.NumSamples() {
			return ASRResult{}, fmt.Errorf("%.1f s of audio is longer than Whisper's %d s window: give chunk_length_s (--chunk-length 30); Whisper's sequential long-form generation is not implemented",
				float64(len(wave))/float64(rate), st.fe.Config.ChunkLength)
		}
		chunks = []audio.Chunk{{Start: 0, End: len(wave), IsLast: true}}
	}
	prompt, err := p.asrPrompt()
	if err != nil {
		return ASRResult{}, err
	}
	gopts, err := p.asrGenerateOptions(len(prompt), opts)
	if err != nil {
		return ASRResult{}, err
	}
	res := ASRResult{timestamps: p.timestamps()}
	var windows []asrWindow
	bs := max(p.opts.BatchSize, 1)
	for start := 0; start < len(chunks); start += bs {
		if err := ctx.Err(); err != nil {
			return ASRResult{}, err
		}
		batch := chunks[start:min(start+bs, len(chunks))]
		feats := make([][]float32, len(batch))
		for i, c := range batch {
			if feats[i], err = st.fe.Extract(wave[c.Start:c.End], audio.Options{}); err != nil {
				return ASRResult{}, err
			}
		}
		seqs, err := p.generateWindows(ctx, feats, prompt, gopts)
		if err != nil {
			return ASRResult{}, err
		}
		for i, c := range batch {
			w := asrWindow{tokens: seqs[i]}
			if p.opts.ChunkLengthS > 0 {
				w.stride = strideSeconds(c.Len(), c.StrideLeft, c.StrideRight, rate)
				res.Strides = append(res.Strides, [3]int{c.Len(), c.StrideLeft, c.StrideRight})
			}
			windows = append(windows, w)
			res.Tokens = append(res.Tokens, seqs[i])
		}
	}
	d := asrDecoder{
		decode:         func(ids []int) string { return p.Tokenizer.DecodeText(ids, false) }, // tokenizer.decode, clean-up as configured
		isSpecial:      p.asrSpecial,
		timestampBegin: st.tsBegin,
		timePrecision:  float64(st.fe.Config.ChunkLength) / float64(st.maxSrc),
		segmentSize:    1500, // _decode_asr's default; the pipeline passes none
	}
	if d.timestampBegin < 0 {
		d.timestampBegin = p.Model.Config.Common().VocabSize // no timestamps in this vocabulary
	}
	res.Text, res.Chunks, err = d.decodeASR(windows, res.timestamps)
	return res, err
}

// asrSpecial reports the tokens _decode_asr skips: the tokenizer's
// special tokens and, in Whisper's layout, every id from <|endoftext|>
// up to the timestamps.
func (p *Pipeline) asrSpecial(id int) bool {
	st := p.asr
	if st.eos >= 0 && id >= st.eos && (st.tsBegin < 0 || id < st.tsBegin) {
		return true
	}
	return p.Tokenizer.IsSpecial(id)
}

// asrPrompt builds the decoder prompt as Whisper's generate does
// (_retrieve_init_tokens): decoder_start_token_id and the forced ids
// (dropped when a language or task is given), the language token, the
// task token (transcribe by default once a language is given), and
// <|notimestamps|> unless timestamps are asked for.
func (p *Pipeline) asrPrompt() ([]int, error) {
	c := p.Generator.Config
	ws := p.asr.whisper
	lang, task := p.opts.Language, p.opts.ASRTask
	if (lang != "" || task != "") && ws.IsMultilingual != nil && !*ws.IsMultilingual {
		return nil, errors.New("cannot give a language or task to an English-only model (generation_config.json is_multilingual false), as transformers refuses")
	}
	if lang != "" || task != "" {
		c.ForcedDecoderIDs = nil
	}
	prompt, err := c.DecoderPrompt()
	if err != nil {
		if lang == "" && ws.LangToID != nil {
			return nil, fmt.Errorf("%w (kiln does not detect the language: give one, e.g. --language en)", err)
		}
		return nil, err
	}
	replaceOrAdd := func(id int, set map[string]int) {
		for i, t := range prompt {
			for _, v := range set {
				if t == v {
					prompt[i] = id
					return
				}
			}
		}
		prompt = append(prompt, id)
	}
	if lang != "" {
		if ws.LangToID == nil {
			return nil, errors.New("language given but generation_config.json has no lang_to_id")
		}
		tok := lang
		if !strings.HasPrefix(tok, "<|") {
			tok = "<|" + strings.ToLower(tok) + "|>"
		}
		id, ok := ws.LangToID[tok]
		if !ok {
			return nil, fmt.Errorf("language %q (%s) is not in generation_config.json's lang_to_id: give a language code such as en", lang, tok)
		}
		replaceOrAdd(id, ws.LangToID)
	} else if ws.LangToID != nil {
		found := false
		for _, v := range ws.LangToID {
			found = found || slices.Contains(prompt, v)
		}
		if !found {
			return nil, errors.New("this multilingual Whisper would detect the language, which kiln does not do: give the language (--language en)")
		}
	}
	if task != "" {
		id, ok := ws.TaskToID[task]
		if !ok {
			return nil, fmt.Errorf("task %q is not in generation_config.json's task_to_id", task)
		}
		replaceOrAdd(id, ws.TaskToID)
	} else if lang != "" && ws.TaskToID != nil {
		found := false
		for _, v := range ws.TaskToID {
			found = found || slices.Contains(prompt, v)
		}
		if id, ok := ws.TaskToID["transcribe"]; ok && !found {
			prompt = append(prompt, id)
		}
	}
	// As transformers, only generation_config.json's no_timestamps_token_id
	// counts here (not the tokenizer's <|notimestamps|>).
	nts := ws.NoTimestampsTokenID
	last := prompt[len(prompt)-1]
	if !p.timestamps() && nts >= 0 && last != nts {
		prompt = append(prompt, nts)
	} else if p.timestamps() && last == nts {
		prompt = prompt[:len(prompt)-1]
	}
	return prompt, nil
}

// asrGenerateOptions puts the pipeline's defaults (num_beams 5 by
// withGenerationDefaults, its length by Whisper's rule) and, with
// timestamps, the timestamp processor before the caller's options.
func (p *Pipeline) asrGenerateOptions(promptLen int, opts []generate.Option) ([]generate.Option, error) {
	c := p.Generator.Config
	// num_beams 5 and the other fields of the pipeline's default
	// generation config (withGenerationDefaults); its length here.
	out := p.withGenerationDefaults(nil)
	switch {
	case c.MaxNewTokens > 0:
	case c.MaxLength != generate.DefaultConfig().MaxLength:
		out = append(out, generate.MaxLength(c.WhisperMaxLength(promptLen, p.asr.maxTgt)))
	default:
		out = append(out, generate.MaxNewTokens(256)) // the ASR pipeline's default generation config
	}

	if p.timestamps() {
		ws := p.asr.whisper
		if ws.NoTimestampsTokenID < 0 {
			// transformers' generate refuses return_timestamps without it.
			return nil, errors.New("return_timestamps needs no_timestamps_token_id in generation_config.json")
		}
		tp, err := generate.NewTimestampProcessor(ws, p.asr.eos, promptLen)
		if err != nil {
			return nil, err
		}
		out = append(out, generate.LogitsProcessors(tp))
	}
	return append(out, opts...), nil
}
