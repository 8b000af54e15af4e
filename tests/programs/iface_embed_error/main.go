package main

import "fmt"

type CodedError interface {
	error
	Code() int
}

type httpErr struct {
	code int
	msg  string
}

func (e httpErr) Error() string { return fmt.Sprintf("%d %s", e.code, e.msg) }
func (e httpErr) Code() int     { return e.code }

func fetch(path string) error {
	if path == "/missing" {
		return httpErr{404, "Not Found"}
	}
	return nil
}

func main() {
	for _, p := range []string{"/", "/missing"} {
		err := fetch(p)
		if ce, ok := err.(CodedError); ok {
			fmt.Println(p, "->", ce.Code(), ce.Error(), ce)
			var plain error = ce
			fmt.Println(plain)
		} else {
			fmt.Println(p, "->", err)
		}
	}
	var ce CodedError = httpErr{500, "oops"}
	fmt.Printf("%v | %s | %T\n", ce, ce, ce)
}
