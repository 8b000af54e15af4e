// A loop body that redeclares the loop's own variables (`tt := tt`, the idiom of table-driven
// tests before Go 1.22): captured by closures or not, in range and three-clause loops.
package main

import "fmt"

type testCase struct {
	name string
	want int
}

func main() {
	cases := []testCase{{"one", 1}, {"two", 2}}
	var fs []func()
	for _, tt := range cases {
		tt := tt
		fs = append(fs, func() { fmt.Println(tt.name, tt.want) })
	}
	for i, tt := range cases {
		i, tt := i*10, tt.name+"!"
		fmt.Println(i, tt)
	}
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() { fmt.Println("i =", i) })
	}
	for i := 0; i < 2; i++ {
		var i2, i = i, "shadow"
		fmt.Println(i2, i)
	}
	m := map[string]int{"k": 5}
	for k, v := range m {
		k := k + "?"
		v := v * 2
		fmt.Println(k, v)
	}
	ch := make(chan int, 2)
	ch <- 7
	ch <- 8
	close(ch)
	for v := range ch {
		v := v + 1
		fs = append(fs, func() { fmt.Println("v =", v) })
	}
	for _, f := range fs {
		f()
	}
}
