// Copyright 2019 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// go2cpp: Go 1.19's bits_errors.go takes overflowError and divideError from the runtime with
// //go:linkname, which go2cpp does not follow; this is the body of bits_errors_bootstrap.go
// (what Go itself uses when bootstrapping), whose values print and behave as the runtime's
// (runtime.Error, "runtime error: integer overflow").

package bits

type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string {
	return "runtime error: " + string(e)
}

var overflowError = error(errorString("integer overflow"))

var divideError = error(errorString("integer divide by zero"))
