// go2cpp: Go's testenv_unix.go declares Sigquit = syscall.SIGQUIT, which needs syscall; go2cpp
// has no signals to send, so this file is empty.

// Copyright 2021 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

//go:build unix

package testenv
