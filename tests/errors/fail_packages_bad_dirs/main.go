// Directories that are not importable packages: a program, two package names in one folder, and
// a folder whose only file is for another GOOS.
package main

import (
	"example.com/m/mixed"   // ERROR "found packages mixed \(a.go\) and other \(b.go\) in .*mixed"
	"example.com/m/tool"    // ERROR "import \x22example.com/m/tool\x22 is a program, not an importable package"
	"example.com/m/winonly" // ERROR "build constraints exclude all Go files in .*winonly"
)

func main() { tool.F(); mixed.F(); winonly.F() }
