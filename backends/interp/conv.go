package interp

import (
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// conv is N-d cross-correlation in PyTorch layout. With G groups, output
// channel o belongs to group g = o / (O/G) and reads input channels
// g*(C/G) .. (g+1)*(C/G)-1:
//
//	result[n, o, s...] = sum over c < C/G and kernel offsets k... of
//	    input[n, g*C/G + c, s*stride + k*dilation - pad_low ...] * kernel[o, c, k...]
//
// Input positions outside [0, size) read zero (this is the padding; a
// negative pad_low crops). Accumulation is in float64, rounded once.
func conv(x, k *tensor.Tensor, a *ir.ConvAttrs, t ir.Type) *tensor.Tensor {
	xs, ks := floats(x), floats(k)
	nsp := x.Shape.Rank() - 2
	cg := k.Shape[1]
	og := k.Shape[0] / a.Groups
	xst, kst := x.Shape.Strides(), k.Shape.Strides()
	kwin := k.Shape[2:]
	// Every kernel window offset, unravelled once.
	kis := make([][]int, kwin.NumElements())
	for kk := range kis {
		kis[kk] = make([]int, nsp)
		unravel(kk, kwin, kis[kk])
	}
	acc := make([]float64, t.Shape.NumElements())
	oi := make([]int, len(t.Shape))
	for o := range acc {
		unravel(o, t.Shape, oi)
		n, oc := oi[0], oi[1]
		g := oc / og
		var sum float64
		for c := 0; c < cg; c++ {
			xbase := n*xst[0] + (g*cg+c)*xst[1]
			kbase := oc*kst[0] + c*kst[1]
			for _, ki := range kis {
				xi, ok := xbase, true
				kidx := kbase
				for d := 0; d < nsp; d++ {
					p := oi[2+d]*a.Strides[d] + ki[d]*a.Dilation[d] - a.PadLow[d]
					if p < 0 || p >= x.Shape[2+d] {
						ok = false
						break
					}
					xi += p * xst[2+d]
					kidx += ki[d] * kst[2+d]
				}
				if ok {
					sum += xs[xi] * ks[kidx]
				}
			}
		}
		acc[o] = sum
	}
	return fromFloats(t, acc)
}
