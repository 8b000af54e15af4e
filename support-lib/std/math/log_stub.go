// Copyright 2015 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// go2cpp: replaces Go 1.19's log_stub.go. On amd64 gc's Log is log_amd64.s, whose order of
// operations differs from log.go's, so their results can differ in the last bit. This is that
// assembly, operation for operation, so Log (and Log10, Log2, Pow, ... that use it) print as
// they do in gc on amd64.

package math

import "internal/intrinsics"

const haveArchLog = true

func intrinsicsSqrt(x float64) float64 { return intrinsics.Sqrt(x) }

func archLog(x float64) float64 {
	const (
		hSqrt2 = 7.07106781186547524401e-01 // sqrt(2)/2
		ln2Hi  = 6.93147180369123816490e-01 // 0x3fe62e42fee00000
		ln2Lo  = 1.90821492927058770002e-10 // 0x3dea39ef35793c76
		l1     = 6.666666666666735130e-01   // 0x3FE5555555555593
		l2     = 3.999999999940941908e-01   // 0x3FD999999997FA04
		l3     = 2.857142874366239149e-01   // 0x3FD2492494229359
		l4     = 2.222219843214978396e-01   // 0x3FCC71C51D8E78AF
		l5     = 1.818357216161805012e-01   // 0x3FC7466496CB03DE
		l6     = 1.531383769920937332e-01   // 0x3FC39A09D078C69F
		l7     = 1.479819860511658591e-01   // 0x3FC2F112DF3E5244
	)
	b := Float64bits(x)
	switch {
	case b&^(1<<63) == 0:
		return Inf(-1)
	case int64(b) < 0:
		return Float64frombits(0x7FF8000000000001) // NaN
	case b >= 0x7FF0000000000000:
		return x // +Inf or NaN
	}
	f1 := Float64frombits(b&0x000FFFFFFFFFFFFF | 0x3FE0000000000000)
	k := float64(int32(b>>52&0x7FF) - 0x3FE)
	if !(hSqrt2 < f1) {
		k -= 1
		f1 *= 2
	}
	f := f1 - 1
	s := f / (2 + f)
	s2 := s * s
	s4 := s2 * s2
	t1 := s2 * (((l7*s4+l5)*s4+l3)*s4 + l1)
	t2 := s4 * ((l6*s4+l4)*s4 + l2)
	R := t1 + t2
	hfsq := 0.5 * f * f
	t := s*(hfsq+R) + k*ln2Lo
	return k*ln2Hi - ((hfsq - t) - f)
}
