// A return inside a function with defer whose named result is hidden by an inner variable of
// the same name (`if err := check(s); err != nil { return nil, err }`), as in regexp/syntax.parse.
package main

import (
	"errors"
	"fmt"
)

func check(s string) error {
	if s == "" {
		return errors.New("empty")
	}
	return nil
}

func parse(s string) (_ *int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered %v", r)
		}
	}()
	if err := check(s); err != nil {
		return nil, err
	}
	if s == "panic" {
		panic("boom")
	}
	n := len(s)
	return &n, nil
}

func main() {
	fmt.Println(parse(""))
	p, err := parse("abc")
	fmt.Println(*p, err)
	fmt.Println(parse("panic"))
}
