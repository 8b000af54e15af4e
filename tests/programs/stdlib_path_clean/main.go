// path from Go's sources: Clean, Join, Split, Base, Dir, Ext, IsAbs and Match.
package main

import (
	"fmt"
	"path"
)

func main() {
	for _, p := range []string{"", "a/c", "a//c", "a/c/.", "a/c/b/..", "/../a/c", "/../a/b/../././/c", "abc/def/../../..", "/"} {
		fmt.Printf("%q -> %q\n", p, path.Clean(p))
	}
	fmt.Println(path.Join("a", "b", "../c", "/d/"), path.Join("", ""), path.Join("/", "x"))
	dir, file := path.Split("static/myfile.css")
	fmt.Println(dir, file)
	fmt.Println(path.Base("/a/b.go"), path.Base(""), path.Base("///"), path.Dir("/a/b/c"), path.Dir("x"))
	fmt.Println(path.Ext("a/b.tar.gz"), path.Ext("noext"), path.IsAbs("/x"), path.IsAbs("x"))
	for _, pat := range []string{"*.go", "a/*/c", "[a-c]?", "\\*", "[", "a/**"} {
		ok, err := path.Match(pat, "abc")
		ok2, _ := path.Match(pat, "main.go")
		fmt.Println(pat, ok, ok2, err)
	}
}
