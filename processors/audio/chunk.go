package audio

import (
	"fmt"
	"math"
)

// Chunk is one window of a long waveform for the ASR pipeline, as
// transformers' chunk_iter yields it: samples [Start, End) and the stride
// (len, left, right) the pipeline later uses to drop the overlap.
type Chunk struct {
	Start, End int // sample range in the input
	// StrideLeft and StrideRight are the overlapped samples at each edge
	// that belong to the neighbouring chunks: 0 on the first chunk's left
	// and the last chunk's right.
	StrideLeft, StrideRight int
	IsLast                  bool
}

// Len is the chunk's length in samples (the first element of
// transformers' stride tuple).
func (c Chunk) Len() int { return c.End - c.Start }

// ChunkLengths converts the pipeline's chunk_length_s and stride_length_s
// (left, right, in seconds) to samples at samplingRate as transformers
// does: int(round(seconds * sampling_rate)), with Python's round half to
// even. A negative stride means the default, chunk_length_s / 6.
func ChunkLengths(samplingRate int, chunkLengthS, strideLeftS, strideRightS float64) (chunkLen, strideLeft, strideRight int, err error) {
	if samplingRate < 1 || !(chunkLengthS > 0) || math.IsInf(chunkLengthS, 0) {
		return 0, 0, 0, fmt.Errorf("chunking: chunk_length_s %g at %d Hz: both must be positive", chunkLengthS, samplingRate)
	}
	if strideLeftS < 0 {
		strideLeftS = chunkLengthS / 6
	}
	if strideRightS < 0 {
		strideRightS = chunkLengthS / 6
	}
	toSamples := func(s float64) (int, error) {
		v := math.RoundToEven(s * float64(samplingRate))
		if math.IsNaN(v) || v > 1<<40 {
			return 0, fmt.Errorf("chunking: %g s at %d Hz is out of range", s, samplingRate)
		}
		return int(v), nil
	}
	if chunkLen, err = toSamples(chunkLengthS); err != nil {
		return
	}
	if strideLeft, err = toSamples(strideLeftS); err != nil {
		return
	}
	if strideRight, err = toSamples(strideRightS); err != nil {
		return
	}
	return chunkLen, strideLeft, strideRight, nil
}

// ChunkBounds splits inputLen samples into chunks of chunkLen samples that
// advance by chunkLen - strideLeft - strideRight, exactly as transformers'
// chunk_iter (current main: a chunk is the last once it reaches the end of
// the input; a chunk no longer than its left stride is not emitted). An
// empty input gives no chunks.
func ChunkBounds(inputLen, chunkLen, strideLeft, strideRight int) ([]Chunk, error) {
	if inputLen < 0 || chunkLen < 1 || strideLeft < 0 || strideRight < 0 {
		return nil, fmt.Errorf("chunking: invalid lengths (input %d, chunk %d, strides %d, %d)", inputLen, chunkLen, strideLeft, strideRight)
	}
	if chunkLen < strideLeft+strideRight {
		return nil, fmt.Errorf("chunking: chunk length %d must be superior to stride length %d + %d", chunkLen, strideLeft, strideRight)
	}
	step := chunkLen - strideLeft - strideRight
	if step == 0 {
		return nil, fmt.Errorf("chunking: chunk length %d equals the strides %d + %d: the chunks would not advance", chunkLen, strideLeft, strideRight)
	}
	var out []Chunk
	for start := 0; start < inputLen; start += step {
		end := start + chunkLen
		c := Chunk{Start: start, End: min(end, inputLen), IsLast: end >= inputLen}
		if start != 0 {
			c.StrideLeft = strideLeft
		}
		if !c.IsLast {
			c.StrideRight = strideRight
		}
		if c.Len() > c.StrideLeft {
			out = append(out, c)
		}
		if c.IsLast {
			break
		}
	}
	return out, nil
}
