package c

import (
	"example.com/initorder/a"
	"example.com/initorder/d"
	"fmt"
)

var C = d.D*2 + a.A

func init() { fmt.Println("c.init", C) }

func Twice() int { return d.Twice(C) }
