// Copyright 2021 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// go2cpp: replaces Go 1.19's floor_noasm.go: Floor, Ceil and Trunc as gc computes them on
// amd64 (floor_amd64.s, ROUNDSD), through the C++ compiler's builtins. The results are exact
// either way; this is for speed.

package math

import "internal/intrinsics"

const haveArchFloor = true

func archFloor(x float64) float64 { return intrinsics.Floor(x) }

const haveArchCeil = true

func archCeil(x float64) float64 { return intrinsics.Ceil(x) }

const haveArchTrunc = true

func archTrunc(x float64) float64 { return intrinsics.Trunc(x) }
