// Copyright 2010 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// go2cpp: replaces Go 1.19's hypot_noasm.go. On amd64 gc's Hypot is hypot_amd64.s, a simpler
// formula than hypot.go's, and its results can differ from hypot.go's in the last bit. This
// is that assembly, operation for operation, so Hypot prints as it does in gc on amd64.

package math

const haveArchHypot = true

func archHypot(p, q float64) float64 {
	pb := Float64bits(p) &^ (1 << 63)
	qb := Float64bits(q) &^ (1 << 63)
	const posInf = 0x7FF0000000000000
	if pb >= posInf || qb >= posInf {
		if pb == posInf || qb == posInf {
			return Inf(1)
		}
		return Float64frombits(0x7FF8000000000001) // NaN
	}
	if pb|qb == 0 {
		return 0
	}
	p, q = Float64frombits(pb), Float64frombits(qb)
	hi, lo := p, q // MAXSD, MINSD: no NaN here, and equal values are the same either way
	if q > p {
		hi, lo = q, p
	}
	r := lo / hi
	r = r * r
	r = r + 1
	return hi * intrinsicsSqrt(r)
}
