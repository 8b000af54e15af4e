// Dot imports (checked by gc 1.19): a name two dot imports both bring in, package-level names
// that one of them brings in, and a dot import none of whose names is used.
package main

import (
	. "container/list"
	. "container/ring" // ERROR "New redeclared in this block"
	. "fmt"
	. "strings" // ERROR "imported and not used: \x22strings\x22"
)

type Stringer int // ERROR "Stringer already declared through dot-import of package fmt \(\x22fmt\x22\)"

func Element() {} // ERROR "Element already declared through dot-import of package list \(\x22container/list\x22\)"

func main() {
	var l List
	var r Ring
	Println(l.Len(), r.Len())
}
