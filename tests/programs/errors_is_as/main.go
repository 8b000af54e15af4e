package main

import (
	"errors"
	"fmt"
	"io"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type TempErr struct{ code int }

func (t TempErr) Error() string   { return fmt.Sprint("temp ", t.code) }
func (t TempErr) Temporary() bool { return true }

type Timeout struct{}

func (Timeout) Error() string { return "timeout" }
func (Timeout) Is(target error) bool {
	_, ok := target.(TempErr)
	return ok
}

func main() {
	err := fmt.Errorf("layer 2: %w", &QueryError{"SELECT", ErrNotFound})
	fmt.Println(errors.Is(err, ErrNotFound), errors.Is(err, io.EOF), errors.Is(nil, nil), errors.Is(err, nil))
	var qe *QueryError
	if errors.As(err, &qe) {
		fmt.Println("as QueryError:", qe.Query, qe.Err)
	}
	fmt.Println(errors.Unwrap(err) != nil, errors.Unwrap(errors.Unwrap(err)) == ErrNotFound, errors.Unwrap(ErrNotFound))
	var temp interface{ Temporary() bool }
	wrapped := fmt.Errorf("op: %w", TempErr{3})
	if errors.As(wrapped, &temp) {
		fmt.Println("temporary:", temp.Temporary(), temp)
	}
	var te TempErr
	fmt.Println(errors.As(wrapped, &te), te.code)
	fmt.Println(errors.As(err, &te))
	fmt.Println(errors.Is(Timeout{}, TempErr{1}), errors.Is(fmt.Errorf("x: %w", Timeout{}), TempErr{}))
	_, perr := strconv.Atoi("zz")
	var ne *strconv.NumError
	fmt.Println(errors.As(perr, &ne), ne.Func, errors.Is(perr, strconv.ErrSyntax))
	var anyErr error
	fmt.Println(errors.As(err, &anyErr), anyErr)
}
