// fmt.Errorf with %w builds error chains that errors.Is, errors.As and errors.Unwrap follow;
// %v and %s print the whole chain, %w with a non-error argument prints %!w.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func find(key string) error {
	if key == "" {
		return &QueryError{Query: "<empty>", Err: io.ErrUnexpectedEOF}
	}
	return &QueryError{Query: key, Err: ErrNotFound}
}

func load(key string) error {
	if err := find(key); err != nil {
		return fmt.Errorf("load %q: %w", key, err)
	}
	return nil
}

func main() {
	err := fmt.Errorf("handler: %w", load("users"))
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Is(err, io.EOF))
	var qe *QueryError
	if errors.As(err, &qe) {
		fmt.Println("query was", qe.Query)
	}
	for e := err; e != nil; e = errors.Unwrap(e) {
		fmt.Printf("%T: %v\n", e, e)
	}
	err2 := load("")
	fmt.Println(err2, errors.Is(err2, io.ErrUnexpectedEOF))
	plain := fmt.Errorf("no wrap %v", ErrNotFound)
	fmt.Println(plain, errors.Unwrap(plain) == nil, errors.Is(plain, ErrNotFound))
	bad := fmt.Errorf("bad %w", "not an error")
	fmt.Println(bad)
	fmt.Printf("%s|%v|%q\n", err2, ErrNotFound, ErrNotFound)
	fmt.Fprintln(os.Stderr, "warning:", err)
	var nilErr error
	fmt.Println(fmt.Errorf("nil: %w", nilErr))
	fmt.Printf("%v %v\n", nilErr, []error{ErrNotFound, nil})
}
