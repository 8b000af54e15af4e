package main

import (
	"fmt"
	"strings"

	"example.com/dots/shapes"
)

// This file has no dot imports: Builder and Println are not in its scope.
func fromOther() {
	var b strings.Builder
	b.WriteString("other")
	fmt.Println(b.String(), shapes.Made, shapes.Square{5}.Area())
}
