package main

import (
	"errors"
	"fmt"
)

type S string
type E struct{}

func (E) Error() string { return "E" }

func main() {
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.5, true, false))
	fmt.Println(fmt.Sprint(1, 2, 3), fmt.Sprint("x", 1, "y"), fmt.Sprint(S("s"), S("t")))
	fmt.Println(fmt.Sprint(errors.New("e1"), errors.New("e2"), E{}, 4))
	fmt.Println(fmt.Sprint(nil, nil, []int{1}, []int{2}))
	fmt.Print("p", 1, 2, "q\n")
	fmt.Print(1, 2, "\n")
	fmt.Println(fmt.Sprintln("a", 1) + "|")
}
