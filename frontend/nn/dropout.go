package nn

import (
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

// DropoutSites is the most dropout sites one program may have: site i of
// a call with seed s draws from the RNG key s*DropoutSites + i, so the
// sites of one call, and the sites of calls whose seeds differ, never
// share a key. (A program with more sites would reuse keys of the next
// seed; models have a few per layer.)
const DropoutSites = 1 << 16

// Dropout applies training-mode dropout (torch's nn.Dropout in train())
// at the sites of one program, all drawing from one int64 scalar seed
// input. The seed parameter is declared on the first site with p > 0, so
// a program whose sites all have p == 0 is exactly the program built
// without dropout (no seed input, no ops). A nil *Dropout applies nothing
// (evaluation mode).
//
// Site i (counted in call order over the sites with p > 0) uses the RNG
// key seed*DropoutSites + i: independent counter-based streams per site
// (the RNG op hashes key and element index). The noise is kiln's
// generator, not torch's: the same seed reproduces a kiln run bit for
// bit on every backend, but no seed reproduces torch's masks.
type Dropout struct {
	g        *frontend.Graph
	seedName string
	seed     *frontend.Tensor
	sites    int
}

// NewDropout returns the dropout of g's program, its seed the int64
// scalar parameter seedName (declared on first use).
func NewDropout(g *frontend.Graph, seedName string) *Dropout {
	return &Dropout{g: g, seedName: seedName}
}

// NewDropoutFrom returns a dropout whose seed is the int64 scalar seed
// (an existing parameter or a value computed from one).
func NewDropoutFrom(seed *frontend.Tensor) *Dropout {
	return &Dropout{g: seed.Graph(), seed: seed}
}

// Apply is inverted dropout of x with probability p: x / (1 - p) where
// keep, else 0, with keep = (u >= p) for u uniform in [0, 1) (float32,
// one per element), so kept elements are scaled by 1/(1-p) and the
// expectation is x. p <= 0 (or a nil d) returns x itself and emits nothing; p >= 1
// zeroes x (as torch does). The mask is a constant of the gradient: the
// gradient of x is the incoming one times the same keep / (1 - p).
func (d *Dropout) Apply(x *frontend.Tensor, p float64) *frontend.Tensor {
	if d == nil || p <= 0 {
		return x
	}
	key := d.Key()
	if p >= 1 {
		return x.Mul(x.FullLike(0))
	}
	u := d.g.RNG(key, ir.Uniform, ir.Float32, x.Shape()...)
	keep := u.Ge(u.Scalar(p)) // bool, x's shape
	// A bool mask and a select keep x's dtype whatever autocast does to
	// it (docs/passes.md).
	return frontend.Where(keep, x.MulScalar(1/(1-p)), x.FullLike(0))
}

// Key declares the next site and returns its RNG key, an int64 scalar
// seed*DropoutSites + site (see Dropout). It declares the seed input on
// first use.
func (d *Dropout) Key() *frontend.Tensor {
	if d.seed == nil {
		d.seed = d.g.Param(d.seedName, ir.Int64)
	}
	site := d.sites
	d.sites++
	return d.seed.Mul(d.g.ConstScalarInt(ir.Int64, DropoutSites)).Add(d.g.ConstScalarInt(ir.Int64, int64(site)))
}

// Sites is the number of sites with p > 0 applied so far.
func (d *Dropout) Sites() int {
	if d == nil {
		return 0
	}
	return d.sites
}

// NoiseSite is the RNG site of a program's additive noise (UniformNoise,
// NEFTune's): the last of a seed's DropoutSites keys, which no dropout
// site reaches (they count from 0), so adding the noise to a program
// leaves each of its dropout masks as it was for the same seed.
const NoiseSite = DropoutSites - 1

// UniformNoise returns x + u with u uniform in [-mag, mag) (torch's
// uniform_(-mag, mag)): float32 draws r in [0, 1), one per element of x,
// from the RNG key seed*DropoutSites + NoiseSite, u = (2r - 1)*mag in
// float32 with mag a float32 scalar tensor, converted to x's dtype and
// added. It declares the seed input on first use but is not a dropout site
// (Sites does not count it); a program has one noise site, so a second
// call draws the same u. The noise is a constant of the gradient: x's
// gradient is the incoming one. A nil d returns x and emits nothing.
func (d *Dropout) UniformNoise(x, mag *frontend.Tensor) *frontend.Tensor {
	if d == nil {
		return x
	}
	if d.seed == nil {
		d.seed = d.g.Param(d.seedName, ir.Int64)
	}
	key := d.seed.Mul(d.g.ConstScalarInt(ir.Int64, DropoutSites)).Add(d.g.ConstScalarInt(ir.Int64, NoiseSite))
	r := d.g.RNG(key, ir.Uniform, ir.Float32, x.Shape()...)
	u := r.MulScalar(2).AddScalar(-1).Mul(mag.AsType(ir.Float32))
	return x.Add(u.AsType(x.DType()))
}
