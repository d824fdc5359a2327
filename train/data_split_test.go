package train

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestPermutation(t *testing.T) {
	for _, n := range []int{0, 1, 2, 10, 1000} {
		p := Permutation(n, 7)
		s := slices.Clone(p)
		slices.Sort(s)
		for i, v := range s {
			if v != i {
				t.Fatalf("n=%d: %v is not a permutation", n, p)
			}
		}
		if !reflect.DeepEqual(p, Permutation(n, 7)) {
			t.Errorf("n=%d: one seed, two orders", n)
		}
	}
	if reflect.DeepEqual(Permutation(1000, 7), Permutation(1000, 8)) {
		t.Error("seeds 7 and 8 gave one order")
	}
	// Uniformity: each of the 6 orders of 3 items about 1/6 of 6000 seeds.
	counts := map[[3]int]int{}
	for seed := range uint64(6000) {
		p := Permutation(3, seed)
		counts[[3]int{p[0], p[1], p[2]}]++
	}
	for k, c := range counts {
		if c < 850 || c > 1150 || len(counts) != 6 {
			t.Errorf("order %v drawn %d times of 6000 (%d orders)", k, c, len(counts))
		}
	}
}

// Sizes as datasets' train_test_split computes them: n_test =
// ceil(test_size * n) for a fraction, the count for an int.
func TestSplitIndices(t *testing.T) {
	cases := []struct {
		n             int
		size          TestSize
		nTrain, nTest int
	}{
		{10, TestSize{Fraction: 0.25}, 7, 3},
		{10, TestSize{Fraction: 0.1}, 9, 1},
		{3, TestSize{Fraction: 0.01}, 2, 1},
		{10, TestSize{Count: 4}, 6, 4},
		{100, TestSize{Fraction: 0.2}, 80, 20},
	}
	for _, c := range cases {
		tr, te, err := SplitIndices(c.n, c.size, true, 42)
		if err != nil {
			t.Fatal(err)
		}
		if len(tr) != c.nTrain || len(te) != c.nTest {
			t.Errorf("n=%d %+v: %d/%d, want %d/%d", c.n, c.size, len(tr), len(te), c.nTrain, c.nTest)
		}
		all := append(slices.Clone(te), tr...)
		if !reflect.DeepEqual(all, Permutation(c.n, 42)) {
			t.Errorf("n=%d: test then train is not the seed's permutation", c.n)
		}
	}
	tr, te, err := SplitIndices(5, TestSize{Count: 2}, false, 0)
	if err != nil || !reflect.DeepEqual(tr, []int{0, 1, 2}) || !reflect.DeepEqual(te, []int{3, 4}) {
		t.Errorf("unshuffled: %v %v %v", tr, te, err)
	}
	bad := []struct {
		n    int
		size TestSize
		want string
	}{
		{10, TestSize{}, "want a fraction in (0, 1)"},
		{10, TestSize{Fraction: 1}, "want a fraction in (0, 1)"},
		{10, TestSize{Count: 10}, "want a count in [1, 10)"},
		{10, TestSize{Fraction: 0.5, Count: 2}, "not both"},
		{1, TestSize{Fraction: 0.5}, "the train split would be empty"},
	}
	for _, c := range bad {
		if _, _, err := SplitIndices(c.n, c.size, true, 0); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("n=%d %+v: %v, want %q", c.n, c.size, err, c.want)
		}
	}
}

func TestTableShuffleAndSplit(t *testing.T) {
	tb := &Table{Name: "d.txt", Columns: []string{"text"}, Lines: []int{1, 2, 3, 4}}
	for _, s := range []string{"a", "b", "c", "d"} {
		tb.Rows = append(tb.Rows, []Value{StringValue(s)})
	}
	sh := tb.Shuffle(3)
	p := Permutation(4, 3)
	for k, i := range p {
		if sh.Rows[k][0].Str != tb.Rows[i][0].Str || sh.Lines[k] != tb.Lines[i] {
			t.Fatalf("shuffled row %d is not row %d", k, i)
		}
	}
	tr, te, err := tb.TrainTestSplit(TestSize{Fraction: 0.25}, 3)
	if err != nil || tr.Len() != 3 || te.Len() != 1 || te.Rows[0][0].Str != tb.Rows[p[0]][0].Str {
		t.Errorf("split %v %v %v", tr, te, err)
	}
	if _, _, err := tb.TrainTestSplit(TestSize{Count: 9}, 3); err == nil || !strings.HasPrefix(err.Error(), "d.txt: test_size=9") {
		t.Errorf("bad split: %v", err)
	}
}
