package b

import "example.com/m/a"

func G() { a.F() }
