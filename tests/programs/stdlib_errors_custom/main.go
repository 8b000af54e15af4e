// Custom error types the way libraries define them: value and pointer receivers, sentinel
// errors compared with ==, Is and As methods, and errors.As into an interface.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type Temporary interface{ Temporary() bool }

type NetErr struct {
	Op    string
	Retry bool
}

func (e *NetErr) Error() string   { return "net " + e.Op }
func (e *NetErr) Temporary() bool { return e.Retry }

// Code matches any *CodeErr with the same code, whatever its message.
type CodeErr struct {
	Code int
	Msg  string
}

func (e *CodeErr) Error() string { return strconv.Itoa(e.Code) + " " + e.Msg }
func (e *CodeErr) Is(target error) bool {
	t, ok := target.(*CodeErr)
	return ok && t.Code == e.Code
}

type Multi struct{ errs []error }

func (m Multi) Error() string { return fmt.Sprint(len(m.errs), " errors") }
func (m Multi) As(target any) bool {
	if p, ok := target.(*NotFound); ok {
		for _, e := range m.errs {
			if nf, ok := e.(NotFound); ok {
				*p = nf
				return true
			}
		}
	}
	return false
}

var ErrClosed = errors.New("closed")

func main() {
	var err error = NotFound{"k1"}
	var nf NotFound
	ok := errors.As(err, &nf)
	fmt.Println(ok, nf.Key, err == NotFound{"k1"}, err == NotFound{"k2"})

	wrapped := fmt.Errorf("op: %w", &NetErr{"dial", true})
	var tmp Temporary
	if errors.As(wrapped, &tmp) {
		fmt.Println("temporary:", tmp.Temporary(), tmp)
	}
	var ne *NetErr
	if errors.As(wrapped, &ne) {
		fmt.Println("net error:", ne.Op)
	}

	e404 := fmt.Errorf("fetch: %w", &CodeErr{404, "page missing"})
	fmt.Println(errors.Is(e404, &CodeErr{Code: 404}), errors.Is(e404, &CodeErr{Code: 500}))

	m := Multi{[]error{ErrClosed, NotFound{"deep"}}}
	var nf2 NotFound
	found := errors.As(fmt.Errorf("batch: %w", m), &nf2)
	fmt.Println(found, nf2.Key)
	fmt.Println(errors.Is(m, ErrClosed))

	e1 := errors.New("closed")
	fmt.Println(e1 == ErrClosed, e1.Error() == ErrClosed.Error(), errors.Is(e1, ErrClosed))
	fmt.Println(errors.Is(nil, nil), errors.Is(ErrClosed, nil), errors.Unwrap(ErrClosed))
	fmt.Printf("%T %T %T\n", ErrClosed, wrapped, err)

	_, perr := strconv.Atoi("12a")
	var numErr *strconv.NumError
	if errors.As(perr, &numErr) {
		// numErr is read after As returns, in statements of its own.
		fmt.Println(numErr.Func, numErr.Num, numErr.Err, errors.Is(perr, strconv.ErrSyntax))
	}
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	var target *NetErr
	errors.As(err, target)
}
