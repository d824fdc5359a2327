package ir

// UseCounts returns how many times each value of f is read: once per
// operand slot of every value that reads it, plus once per result slot of
// f it fills. A value absent from the map is never read.
func UseCounts(f *Func) map[*Value]int {
	uses := make(map[*Value]int, len(f.Values))
	for _, v := range f.Values {
		for _, x := range v.Args {
			uses[x]++
		}
	}
	for _, r := range f.Results {
		uses[r]++
	}
	return uses
}
