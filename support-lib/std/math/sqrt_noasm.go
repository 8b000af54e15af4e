// Copyright 2021 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// go2cpp: replaces Go 1.19's sqrt_noasm.go. GOROOT is read for GOARCH go2cpp, which would
// take Go's bit-by-bit software square root; gc computes Sqrt with one instruction (SQRTSD on
// amd64), and so does this, through the C++ compiler's builtin. Both are correctly rounded.

package math

import "internal/intrinsics"

const haveArchSqrt = true

func archSqrt(x float64) float64 { return intrinsics.Sqrt(x) }
