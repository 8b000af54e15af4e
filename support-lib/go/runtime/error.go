// Package runtime as go2cpp programs see it: the runtime.Error interface that run-time panics
// implement (include/go/error.h).
package runtime

type Error interface {
	error
	RuntimeError()
}
