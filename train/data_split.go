package train

import (
	"fmt"
	"math"
	"math/bits"
	"math/rand/v2"
)

// dataRNG is the seeded generator of kiln's data pipeline: PCG (math/rand/v2,
// a fixed algorithm) with kiln's own bounded draws and float conversion, so
// that one seed gives the same shuffle, split and masks on every Go
// version and platform. It does not reproduce NumPy's or torch's streams:
// the same seed orders rows differently from HF datasets.
type dataRNG struct{ src *rand.PCG }

func newDataRNG(seed uint64, stream uint64) *dataRNG {
	return &dataRNG{src: rand.NewPCG(seed, stream)}
}

// below returns a uniform integer in [0, n), n > 0 (Lemire's method).
func (r *dataRNG) below(n uint64) uint64 {
	hi, lo := bits.Mul64(r.src.Uint64(), n)
	if lo < n {
		thresh := -n % n
		for lo < thresh {
			hi, lo = bits.Mul64(r.src.Uint64(), n)
		}
	}
	return hi
}

// float returns a uniform float64 in [0, 1) with 53 random bits.
func (r *dataRNG) float() float64 { return float64(r.src.Uint64()>>11) / (1 << 53) }

// Streams of the data RNG, so that one seed drives independent draws.
const (
	streamShuffle uint64 = 1
	streamMLM     uint64 = 2
)

// Permutation returns a uniformly random permutation of 0..n-1 drawn from
// seed (Fisher-Yates on kiln's data RNG): the order of a shuffled dataset
// for HF's seed or data_seed. The same (n, seed) always gives the same
// order.
func Permutation(n int, seed uint64) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	r := newDataRNG(seed, streamShuffle)
	for i := n - 1; i > 0; i-- {
		j := int(r.below(uint64(i + 1)))
		p[i], p[j] = p[j], p[i]
	}
	return p
}

// TestSize is the size of an evaluation split as HF's train_test_split
// takes it: a fraction of the rows in (0, 1) (Fraction) or a count (Count
// > 0). The zero value is invalid.
type TestSize struct {
	Fraction float64
	Count    int
}

// SplitIndices returns the train and test row indices of an n-row dataset
// as datasets.Dataset.train_test_split(test_size, shuffle, seed) chooses
// their number: n_test = ceil(fraction*n) or the count, n_train = n -
// n_test; with shuffle the test rows are the first n_test of
// Permutation(n, seed) and the train rows the rest, else the train rows
// come first in file order. A fraction outside (0, 1), a count outside
// [1, n), both set, or a split leaving either side empty are errors.
func SplitIndices(n int, size TestSize, shuffle bool, seed uint64) (train, test []int, err error) {
	var nTest int
	switch {
	case size.Fraction != 0 && size.Count != 0:
		return nil, nil, fmt.Errorf("test_size: give a fraction or a count, not both")
	case size.Count != 0:
		if size.Count < 1 || size.Count >= n {
			return nil, nil, fmt.Errorf("test_size=%d: want a count in [1, %d) for %d rows", size.Count, n, n)
		}
		nTest = size.Count
	case size.Fraction > 0 && size.Fraction < 1:
		nTest = int(math.Ceil(size.Fraction * float64(n)))
	default:
		return nil, nil, fmt.Errorf("test_size=%v: want a fraction in (0, 1) or a row count", size.Fraction)
	}
	nTrain := n - nTest
	if nTest < 1 || nTrain < 1 {
		return nil, nil, fmt.Errorf("with %d rows and test_size=%v the %s split would be empty", n, size.describe(), map[bool]string{true: "train", false: "test"}[nTrain < 1])
	}
	if !shuffle {
		train, test = make([]int, nTrain), make([]int, nTest)
		for i := range train {
			train[i] = i
		}
		for i := range test {
			test[i] = nTrain + i
		}
		return train, test, nil
	}
	p := Permutation(n, seed)
	return p[nTest:], p[:nTest], nil
}

func (s TestSize) describe() string {
	if s.Count != 0 {
		return fmt.Sprint(s.Count)
	}
	return fmt.Sprint(s.Fraction)
}

// TrainTestSplit splits t as SplitIndices says (shuffled by seed).
func (t *Table) TrainTestSplit(size TestSize, seed uint64) (train, test *Table, err error) {
	tr, te, err := SplitIndices(t.Len(), size, true, seed)
	if err != nil {
		if t.Name != "" {
			err = fmt.Errorf("%s: %w", t.Name, err)
		}
		return nil, nil, err
	}
	train, _ = t.Select(tr)
	test, _ = t.Select(te)
	return train, test, nil
}
