// Golden input: slices and arrays, one construct per function.
package main

import "fmt"

func literal() []int { return []int{1, 2, 3} }

func makeLenCap() (int, int) {
	s := make([]int, 2, 10)
	return len(s), cap(s)
}

func appendOne() []int {
	var s []int
	return append(s, 1)
}

func appendMany() []int {
	s := []int{1}
	return append(s, 2, 3, 4)
}

func appendSpread() []int {
	return append([]int{1}, []int{2, 3}...)
}

func appendString() []byte {
	return append([]byte("ab"), "cd"...)
}

func sliceExpr() []int {
	s := []int{0, 1, 2, 3, 4}
	return s[1:3]
}

func fullSliceExpr() int {
	s := []int{0, 1, 2, 3, 4}
	return cap(s[1:2:3])
}

func copySlice() (int, []int) {
	dst := make([]int, 2)
	n := copy(dst, []int{7, 8, 9})
	return n, dst
}

func indexAssign() []string {
	s := []string{"a", "b"}
	s[1] = "z"
	return s
}

func nilSlice() bool {
	var s []int
	return s == nil && len(s) == 0
}

func nested() [][]int {
	return [][]int{{1}, {2, 3}}
}

func arrayValue() ([3]int, [3]int) {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 9
	return a, b
}

func arrayCompare() bool {
	return [2]int{1, 2} == [2]int{1, 2}
}

func sliceOfArray() []int {
	a := [4]int{1, 2, 3, 4}
	return a[1:]
}

func main() {
	fmt.Println(literal())
	fmt.Println(makeLenCap())
	fmt.Println(appendOne(), appendMany(), appendSpread(), string(appendString()))
	fmt.Println(sliceExpr(), fullSliceExpr())
	fmt.Println(copySlice())
	fmt.Println(indexAssign(), nilSlice(), nested())
	fmt.Println(arrayValue())
	fmt.Println(arrayCompare(), sliceOfArray())
}
