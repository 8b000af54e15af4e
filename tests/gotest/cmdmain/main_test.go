package main

import (
	"fmt"
	"testing"
)

func TestGreeting(t *testing.T) {
	for _, tc := range []struct {
		names []string
		want  string
	}{
		{nil, "hello, world"},
		{[]string{"ann"}, "hello, ann"},
		{[]string{"ann", "bob"}, "hello, ann and bob"},
	} {
		if got := greeting(tc.names); got != tc.want {
			t.Errorf("greeting(%q) = %q, want %q", tc.names, got, tc.want)
		}
	}
}

func Example_greeting() {
	fmt.Println(greeting([]string{"you"}))
	// Output: hello, you
}
