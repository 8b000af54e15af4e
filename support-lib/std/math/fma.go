// Copyright 2019 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// go2cpp: replaces Go 1.19's fma.go, a software fused multiply-add, with the C++ library's
// fma (an instruction where the target has one, as gc's intrinsic is). Both compute x*y+z
// with one rounding, so the results are the same.

package math

import "internal/intrinsics"

// FMA returns x * y + z, computed with only one rounding.
// (That is, FMA returns the fused multiply-add of x, y, and z.)
func FMA(x, y, z float64) float64 { return intrinsics.FMA(x, y, z) }
