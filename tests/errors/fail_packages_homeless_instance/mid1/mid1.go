package mid1

import (
	"example.com/m/a"
	"example.com/m/gen"
)

func Make() gen.Box[a.A] { return gen.Box[a.A]{V: a.A{N: 1}} }
