package llvm

import (
	"math"

	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/value"
)

// Float32 exp, tanh and erf as straight-line code (polynomials, selects
// and integer exponent arithmetic), so that the loop vectorizer turns the
// fused loops that use them (GELU, softmax, sigmoid) into AVX2 code instead
// of calling libm element by element. Errors are a few float32 ulps (exp,
// tanh) and below 3e-7 absolute (erf); float64 keeps libm.

func (k *kernel) fconst(x float64) value.Value { return cfloat(f32t, x) }

// poly evaluates c[0] + c[1] x + ... by Horner's rule.
func (k *kernel) poly(x value.Value, c ...float64) value.Value {
	acc := k.fconst(c[len(c)-1])
	for i := len(c) - 2; i >= 0; i-- {
		acc = k.b.NewFAdd(k.b.NewFMul(acc, x), k.fconst(c[i]))
	}
	return acc
}

// pow2 is 2^n for an i32 n in [-126, 127], built from its exponent bits.
func (k *kernel) pow2(n value.Value) value.Value {
	bits := k.b.NewShl(k.b.NewAdd(n, cint(i32, 127)), cint(i32, 23))
	return k.b.NewBitCast(bits, f32t)
}

// exp32 is e^x (Cephes expf: range reduction by ln 2 in two parts, degree-5
// polynomial, scaling by 2^n in two steps so subnormal results round once).
func (k *kernel) exp32(x value.Value) value.Value {
	b := k.b
	const hi, lo = 88.72283935546875, -103.972084045410
	// NaN computes as 0 (so every intermediate is defined) and is put
	// back at the end; rint and fptosi vectorize where roundeven and
	// fptosi.sat do not (LLVM 14).
	isNaN := b.NewFCmp(enum.FPredUNO, x, x)
	xc := k.sel(b.NewFCmp(enum.FPredOGT, x, k.fconst(hi)), k.fconst(hi), x)
	xc = k.sel(b.NewFCmp(enum.FPredOLT, xc, k.fconst(lo)), k.fconst(lo), xc)
	xc = k.sel(isNaN, k.fconst(0), xc)
	nf := k.fcall("rint", false, b.NewFMul(xc, k.fconst(math.Log2E)))
	r := b.NewFSub(xc, b.NewFMul(nf, k.fconst(0.693359375)))
	r = b.NewFSub(r, b.NewFMul(nf, k.fconst(-2.12194440e-4)))
	p := k.poly(r, 5.0000001201e-1, 1.6666665459e-1, 4.1665795894e-2, 8.3334519073e-3, 1.3981999507e-3, 1.9875691500e-4)
	y := b.NewFAdd(b.NewFAdd(b.NewFMul(b.NewFMul(p, r), r), r), k.fconst(1))
	n := b.NewFPToSI(nf, i32)
	n1 := b.NewAShr(n, cint(i32, 1))
	res := b.NewFMul(b.NewFMul(y, k.pow2(n1)), k.pow2(b.NewSub(n, n1)))
	res2 := k.sel(b.NewFCmp(enum.FPredOGT, x, k.fconst(hi)), k.fconst(math.Inf(1)), res)
	res3 := k.sel(b.NewFCmp(enum.FPredOLT, x, k.fconst(lo)), k.fconst(0), res2)
	return k.sel(isNaN, x, res3)
}

// copySign returns |m| with the sign of s.
func (k *kernel) copySign(m, s value.Value) value.Value {
	b := k.b
	mb := b.NewAnd(b.NewBitCast(m, i32), cint(i32, 0x7fffffff))
	sb := b.NewAnd(b.NewBitCast(s, i32), cint(i32, -0x80000000))
	return b.NewBitCast(b.NewOr(mb, sb), f32t)
}

// tanh32: an odd polynomial below |x| = 0.625 (Cephes tanhf), else
// 1 - 2/(e^{2|x|}+1) with the sign of x.
func (k *kernel) tanh32(x value.Value) value.Value {
	b := k.b
	ax := k.fcall("fabs", false, x)
	z := b.NewFMul(x, x)
	p := k.poly(z, -3.33332819422e-1, 1.33314422036e-1, -5.37397155531e-2, 2.06390887954e-2, -5.70498872745e-3)
	small := b.NewFAdd(x, b.NewFMul(b.NewFMul(x, z), p))
	e := k.exp32(b.NewFMul(ax, k.fconst(2)))
	big := k.copySign(b.NewFSub(k.fconst(1), b.NewFDiv(k.fconst(2), b.NewFAdd(e, k.fconst(1)))), x)
	return k.sel(b.NewFCmp(enum.FPredOLT, ax, k.fconst(0.625)), small, big)
}

// erf32: the Maclaurin series to x^11 below |x| = 0.5; above, Abramowitz &
// Stegun 7.1.26 (1 - poly(t) e^{-x^2}, t = 1/(1+p|x|)) with the sign of x.
func (k *kernel) erf32(x value.Value) value.Value {
	b := k.b
	ax := k.fcall("fabs", false, x)
	z := b.NewFMul(x, x)
	c := 2 / math.Sqrt(math.Pi)
	small := b.NewFMul(x, k.poly(z, c, -c/3, c/10, -c/42, c/216, -c/1320))
	t := b.NewFDiv(k.fconst(1), b.NewFAdd(k.fconst(1), b.NewFMul(ax, k.fconst(0.3275911))))
	q := b.NewFMul(t, k.poly(t, 0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429))
	big := k.copySign(b.NewFSub(k.fconst(1), b.NewFMul(q, k.exp32(b.NewFNeg(z)))), x)
	return k.sel(b.NewFCmp(enum.FPredOLT, ax, k.fconst(0.5)), small, big)
}
