// Maps of slices, maps of maps, maps of structs (read-modify-write), word counting.
package main

import "fmt"

type stats struct {
	n   int
	sum float64
}

func main() {
	groups := map[string][]int{}
	for i := 0; i < 10; i++ {
		key := "odd"
		if i%2 == 0 {
			key = "even"
		}
		groups[key] = append(groups[key], i)
	}
	fmt.Println(groups)
	nested := map[string]map[string]int{}
	if nested["a"] == nil {
		nested["a"] = map[string]int{}
	}
	nested["a"]["x"] = 1
	nested["a"]["y"] = 2
	fmt.Println(nested, len(nested["b"]))
	st := map[string]stats{}
	for _, v := range []float64{1, 2, 3} {
		s := st["k"]
		s.n++
		s.sum += v
		st["k"] = s
	}
	fmt.Println(st)
	fmt.Printf("%+v\n", st)
	counts := map[string]int{}
	text := "the cat and the hat and the bat"
	word := ""
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == ' ' {
			counts[word]++
			word = ""
		} else {
			word += string(text[i])
		}
	}
	fmt.Println(counts)
	ptrs := map[int]*stats{1: {n: 1}}
	ptrs[1].n += 10
	fmt.Println(ptrs[1].n)
}
