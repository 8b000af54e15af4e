package lib

import "example.com/m/lib/internal/impl"

func F() { impl.G() }
