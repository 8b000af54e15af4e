package main

import "fmt"

type K struct {
	A int
	B string
}

func main() {
	fmt.Println(map[int]string{3: "c", 1: "a", 2: "b", -1: "z"})
	fmt.Println(map[string]int{"b": 2, "a": 1, "c": 3, "": 0})
	fmt.Println(map[float64]bool{2.5: true, -1: false, 0: true})
	fmt.Println(map[K]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[[2]int]string{{2, 1}: "x", {1, 2}: "y"})
	fmt.Println(map[interface{}]int{"b": 1, 2: 2, "a": 3, 1: 4, 1.5: 5})
	fmt.Printf("%v %+v %#v\n", map[string][]int{"x": {1}, "a": nil}, map[string]K{"k": {1, "v"}}, map[string]int{"z": 1, "y": 2})
	nested := map[string]map[string]int{"outer": {"b": 2, "a": 1}}
	fmt.Println(nested)
	var nilmap map[string]int
	fmt.Println(nilmap, len(nilmap))
}
