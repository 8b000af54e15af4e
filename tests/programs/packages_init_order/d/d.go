package d

import "fmt"

var D = 5

func init() { fmt.Println("d.init") }

func Twice(x int) int { return 2 * x }
