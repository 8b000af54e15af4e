// Copyright 2010 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// go2cpp: replaces Go 1.19's exp_noasm.go. On amd64 gc's Exp is exp_amd64.s, a different
// algorithm from exp.go's (from Naoki Shibata's SLEEF, see that file), whose results differ
// from exp.go's in the last bit, and which takes fused multiply-adds where the CPU has AVX and
// FMA. This is that assembly, operation for operation, both paths, chosen the same way, so Exp
// (and Sinh, Cosh, Pow, ... that use it) print as they do in gc on an amd64 machine.

package math

import "internal/intrinsics"

const haveArchExp = true

var useFMA = intrinsics.X86HasFMA()

func archExp(x float64) float64 {
	const (
		log2e    = 1.4426950408889634073599246810018920                // 1/LN2
		ln2U     = 0.69314718055966295651160180568695068359375         // upper half LN2
		ln2L     = 0.28235290563031577122588448175013436025525412068e-12 // lower half LN2
		overflow = 7.09782712893384e+02
		c0       = 0.5
		c1       = 1.0
		c2       = 2.0
		c3       = 1.6666666666666666667e-1
		c4       = 4.1666666666666666667e-2
		c5       = 8.3333333333333333333e-3
		c6       = 1.3888888888888888889e-3
		c7       = 1.9841269841269841270e-4
		c8       = 2.4801587301587301587e-5
	)
	b := Float64bits(x)
	if b&^(1<<63) >= 0x7FF0000000000000 {
		if b == 0xFFF0000000000000 {
			return 0 // -Inf
		}
		return x // NaN or +Inf
	}
	if x > overflow {
		return Inf(1)
	}
	// CVTSD2SL: to int32, rounding to nearest even; out of range is the "integer indefinite"
	// value, the smallest int32.
	t := log2e * x
	var e int32
	if r := RoundToEven(t); r >= -2147483648 && r < 2147483648 {
		e = int32(r)
	} else {
		e = -2147483648
	}
	k := float64(e)
	var y float64
	if useFMA {
		x = intrinsics.FMA(-k, ln2U, x)
		x = intrinsics.FMA(-k, ln2L, x)
		x *= 0.0625
		p := intrinsics.FMA(c8, x, c7)
		p = intrinsics.FMA(p, x, c6)
		p = intrinsics.FMA(p, x, c5)
		p = intrinsics.FMA(p, x, c4)
		p = intrinsics.FMA(p, x, c3)
		p = intrinsics.FMA(p, x, c0)
		p = intrinsics.FMA(p, x, c1)
		y = x * p
		y *= y + c2
		y *= y + c2
		y *= y + c2
		y = intrinsics.FMA(y+c2, y, c1)
	} else {
		x = x - ln2U*k
		x = x - ln2L*k
		x *= 0.0625
		p := c8*x + c7
		p = p*x + c6
		p = p*x + c5
		p = p*x + c4
		p = p*x + c3
		p = p*x + c0
		p = p*x + c1
		y = x * p
		y *= y + c2
		y *= y + c2
		y *= y + c2
		y *= y + c2
		y += c1
	}
	// y * 2**e
	e += 0x3FF
	if e <= 0 {
		if e < -52 {
			return 0
		}
		y *= Float64frombits(uint64(e+0x3FE) << 52)
		e = 1
	} else if e >= 0x7FF {
		return Inf(1)
	}
	return y * Float64frombits(uint64(e)<<52)
}
