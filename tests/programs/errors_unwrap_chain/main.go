package main

import (
	"errors"
	"fmt"
)

type OpError struct {
	Op  string
	Err error
}

func (e *OpError) Error() string { return e.Op + ": " + e.Err.Error() }
func (e *OpError) Unwrap() error { return e.Err }

var ErrNotFound = errors.New("not found")

func unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

func is(err, target error) bool {
	for err != nil {
		if err == target {
			return true
		}
		err = unwrap(err)
	}
	return false
}

func main() {
	err := fmt.Errorf("load config: %w", &OpError{"open", ErrNotFound})
	fmt.Println(err)
	for e := error(err); e != nil; e = unwrap(e) {
		fmt.Printf("%T: %v\n", e, e)
	}
	fmt.Println(is(err, ErrNotFound), is(err, errors.New("not found")))
	plain := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(unwrap(plain) == nil, is(plain, ErrNotFound))
	twice := fmt.Errorf("%w and %w", ErrNotFound, ErrNotFound)
	fmt.Println(twice)
}
