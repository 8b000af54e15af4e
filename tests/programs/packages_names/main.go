// Package names that cannot be C++ namespaces as they are: two packages named util (the second
// gets a namespace made from its path), a package named index (::index is a C library function),
// and packages named go and std (namespaces the generated code relies on). Types with the same
// name in different packages stay different types.
package main

import (
	"fmt"

	"example.com/names/a/util"
	butil "example.com/names/b/util"
	golang "example.com/names/go"
	"example.com/names/index"
	"example.com/names/std"
)

func main() {
	x := util.Thing{N: 1}
	y := butil.Thing{S: "two"}
	fmt.Printf("%v %T | %v %T\n", x, x, y, y)
	var v1, v2 interface{} = x, y
	_, ok1 := v1.(util.Thing)
	_, ok2 := v2.(util.Thing)
	fmt.Println(ok1, ok2, util.Name(), butil.Name())
	ix := index.New()
	ix.Add("go")
	ix.Add("cpp")
	ix.Add("go")
	fmt.Println(ix.Count("go"), ix.Count("rust"), ix)
	fmt.Println(go_pkg(), std.Max(3, 9))
}

func go_pkg() string { return golang.Version }
