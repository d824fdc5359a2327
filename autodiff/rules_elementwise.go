package autodiff

import (
	"math"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

func init() {
	unary := map[ir.Op]func(x, y, g *frontend.Tensor) *frontend.Tensor{
		ir.OpNeg: func(_, _, g *frontend.Tensor) *frontend.Tensor { return g.Neg() },
		// |x|' = sign(x), 0 at 0 (as JAX and PyTorch).
		ir.OpAbs: func(x, _, g *frontend.Tensor) *frontend.Tensor { return g.Mul(x.Sign()) },
		ir.OpExp: func(_, y, g *frontend.Tensor) *frontend.Tensor { return g.Mul(y) },
		ir.OpLog: func(x, _, g *frontend.Tensor) *frontend.Tensor { return g.Div(x) },
		ir.OpLog1p: func(x, _, g *frontend.Tensor) *frontend.Tensor {
			return g.Div(x.AddScalar(1))
		},
		ir.OpSqrt: func(_, y, g *frontend.Tensor) *frontend.Tensor { return g.Div(y.MulScalar(2)) },
		// rsqrt(x)' = -rsqrt(x) / (2x)
		ir.OpRsqrt: func(x, y, g *frontend.Tensor) *frontend.Tensor {
			return g.Mul(y).Div(x).MulScalar(-0.5)
		},
		ir.OpTanh: func(_, y, g *frontend.Tensor) *frontend.Tensor { return g.Mul(y.Square().RSubScalar(1)) },
		ir.OpErf: func(x, _, g *frontend.Tensor) *frontend.Tensor {
			return g.Mul(x.Square().Neg().Exp().MulScalar(2 / math.Sqrt(math.Pi)))
		},
		ir.OpSin: func(x, _, g *frontend.Tensor) *frontend.Tensor { return g.Mul(x.Cos()) },
		ir.OpCos: func(x, _, g *frontend.Tensor) *frontend.Tensor { return g.Mul(x.Sin()).Neg() },
		ir.OpSigmoid: func(_, y, g *frontend.Tensor) *frontend.Tensor {
			return g.Mul(y).Mul(y.RSubScalar(1))
		},
	}
	for op, d := range unary {
		rules[op] = func(c *Context) []*frontend.Tensor {
			return grads(d(c.Arg(0), c.OutG(), c.DOut))
		}
	}

	rules[ir.OpAdd] = func(c *Context) []*frontend.Tensor { return grads(c.DOut, c.DOut) }
	rules[ir.OpSub] = func(c *Context) []*frontend.Tensor { return grads(c.DOut, c.DOut.Neg()) }
	rules[ir.OpMul] = func(c *Context) []*frontend.Tensor {
		return grads(c.DOut.Mul(c.Arg(1)), c.DOut.Mul(c.Arg(0)))
	}
	rules[ir.OpDiv] = func(c *Context) []*frontend.Tensor {
		a, b := c.Arg(0), c.Arg(1)
		ga := c.DOut.Div(b)
		return grads(ga, ga.Mul(a).Div(b).Neg())
	}
	rules[ir.OpPow] = func(c *Context) []*frontend.Tensor {
		a, b, y, g := c.Arg(0), c.Arg(1), c.OutG(), c.DOut
		// d/da = b a^(b-1); d/db = log(a) a^b, taken as 0 where a = 0 (JAX).
		ga := g.Mul(b).Mul(a.Pow(b.SubScalar(1)))
		zero := a.FullLike(0)
		logA := frontend.Where(a.Eq(zero), zero, a.Log())
		return grads(ga, g.Mul(logA).Mul(y))
	}
	// max/min: the gradient goes to the chosen operand and is split evenly
	// on ties, as JAX and torch.maximum do.
	rules[ir.OpMax] = func(c *Context) []*frontend.Tensor { return minMaxGrads(c, (*frontend.Tensor).Gt) }
	rules[ir.OpMin] = func(c *Context) []*frontend.Tensor { return minMaxGrads(c, (*frontend.Tensor).Lt) }
	// remainder(a, b) = a - trunc(a/b) b.
	rules[ir.OpRemainder] = func(c *Context) []*frontend.Tensor {
		a, b := c.Arg(0), c.Arg(1)
		q := a.Div(b)
		trunc := q.Sign().Mul(q.Abs().Floor())
		return grads(c.DOut, c.DOut.Mul(trunc).Neg())
	}
	rules[ir.OpSelect] = func(c *Context) []*frontend.Tensor {
		zero := c.DOut.FullLike(0)
		pred := c.Args[0]
		return grads(nil, frontend.Where(pred, c.DOut, zero), frontend.Where(pred, zero, c.DOut))
	}
	// Convert: the cotangent is converted back (Grad converts every
	// contribution to the operand's gradient dtype).
	rules[ir.OpConvert] = func(c *Context) []*frontend.Tensor { return grads(c.DOut) }
}

// minMaxGrads splits g between a and b: to a where wins(a, b), to b where
// wins(b, a), half to each where they are equal.
func minMaxGrads(c *Context, wins func(a, b *frontend.Tensor) *frontend.Tensor) []*frontend.Tensor {
	a, b, g := c.Arg(0), c.Arg(1), c.DOut
	one, half, zero := g.FullLike(1), g.FullLike(0.5), g.FullLike(0)
	eq := frontend.Where(a.Eq(b), half, zero)
	wa := frontend.Where(wins(a, b), one, eq)
	wb := frontend.Where(wins(b, a), one, eq)
	return grads(g.Mul(wa), g.Mul(wb))
}
