package main

import (
	"errors"
	"fmt"
)

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

var ErrEmpty = errors.New("empty input")

func parse(s string) (int, error) {
	if s == "" {
		return 0, ErrEmpty
	}
	n := 0
	for i, c := range s {
		if c < '0' || c > '9' {
			return 0, &ParseError{i + 1, fmt.Sprintf("bad char %q", c)}
		}
		n = n*10 + int(c-'0')
	}
	return n, nil
}

func mayFail(bad bool) error {
	var p *ParseError
	if bad {
		p = &ParseError{0, "typed nil trap"}
	}
	return p
}

func main() {
	for _, s := range []string{"123", "", "12x"} {
		n, err := parse(s)
		if err != nil {
			fmt.Println("error:", err)
			if err == ErrEmpty {
				fmt.Println("  is ErrEmpty")
			}
			if pe, ok := err.(*ParseError); ok {
				fmt.Println("  parse error at", pe.Line)
			}
			continue
		}
		fmt.Println("ok:", n)
	}
	err := fmt.Errorf("context: %w", ErrEmpty)
	fmt.Println(err)
	fmt.Printf("%v|%s|%q|%T\n", err, err, ErrEmpty, ErrEmpty)
	fmt.Println(mayFail(false) == nil, mayFail(true) == nil)
	var e error
	fmt.Println(e)
	fmt.Printf("[%v] [%d]\n", e, errors.New("x"))
	errs := []error{ErrEmpty, &ParseError{3, "m"}, nil}
	fmt.Println(errs)
}
