package b

import (
	"example.com/initorder/a"
	"fmt"
)

var B = a.A + 10 + a.Hit()

var hits = a.Hit()

func init() { fmt.Println("b.init", B, hits) }

func Hits() int { return hits }
