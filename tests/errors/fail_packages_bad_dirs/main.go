// Directories that are not importable packages: a program, and two package names in one folder.
package main

import (
	"example.com/m/mixed" // ERROR "found packages mixed \(a.go\) and other \(b.go\) in .*mixed"
	"example.com/m/tool"  // ERROR "import \x22example.com/m/tool\x22 is a program, not an importable package"
)

func main() { tool.F(); mixed.F() }
