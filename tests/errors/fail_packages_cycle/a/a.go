package a

import "example.com/m/b"

func F() { b.G() }
