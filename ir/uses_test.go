package ir

import "testing"

// TestUseCounts: operand slots and result slots each count once.
func TestUseCounts(t *testing.T) {
	f, err := Parse(`func @f {
  %0 = parameter : f32[2] "x"
  %1 = add %0, %0 : f32[2] "y"
  %2 = mul %1, %0 : f32[2] "z"
  return %2, %1
}
`)
	if err != nil {
		t.Fatal(err)
	}
	u := UseCounts(f)
	byName := map[string]int{}
	for v, n := range u {
		byName[v.Name] = n
	}
	for name, want := range map[string]int{"x": 3, "y": 2, "z": 1} {
		if byName[name] != want {
			t.Errorf("%s used %d times, want %d", name, byName[name], want)
		}
	}
}
