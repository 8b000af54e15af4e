// An imported package that is never used.
package main

import (
	"fmt"
	"os" // ERROR "imported and not used: \x22os\x22"
)

func main() {
	fmt.Println("os is unused")
}
