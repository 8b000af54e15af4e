// An instance of a generic type whose type arguments come from packages that do not import each
// other (gen.Box[a.A]) is emitted by the first package that imports them all (mid1). mid2 uses the
// same instance without importing mid1, so it cannot name it: not supported yet, said once.
package main

import (
	"fmt"

	"example.com/m/mid1"
	"example.com/m/mid2"
)

// STDERR "go2cpp does not support the instance gen.Box\[a.A\] here: its type arguments come from packages that do not import each other, and mid1, which emits it, is not imported by mid2 yet"

func main() {
	fmt.Println(mid1.Make().V, mid2.Make().V)
}
