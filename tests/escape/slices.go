// Escape analysis: arrays, slices, append, copy, maps and strings.
package main

var sinkS []int
var sinkB []byte
var sinkStr string

func sliceLocalArray() int { // ERROR "can inline sliceLocalArray"
	var a [4]int
	s := a[:]
	s[0] = 1
	return a[0]
}

func sliceArrayEscapes() { // ERROR "can inline sliceArrayEscapes"
	var a [4]int // ERROR "moved to heap: a"
	sinkS = a[:]
}

func appendLocal() int { // ERROR "can inline appendLocal"
	s := make([]int, 0, 4) // ERROR "make([]int, 0, 4) does not escape"
	s = append(s, 1, 2)
	return len(s)
}

func appendParam(s []int) []int { // ERROR "can inline appendParam" "leaking param: s to result ~r0 level=0"
	return append(s, 1)
}

func appendPtrs(s []*int, p *int) []*int { // ERROR "can inline appendPtrs" "leaking param content: s" "leaking param: s to result ~r0 level=0" "leaking param: p"
	return append(s, p)
}

func copyInts(dst, src []int) int { // ERROR "can inline copyInts" "dst does not escape" "src does not escape"
	return copy(dst, src)
}

func literalSlice() int { // ERROR "can inline literalSlice"
	s := []int{1, 2, 3} // ERROR "[]int{...} does not escape"
	return s[1]
}

func literalSliceEscapes() { // ERROR "can inline literalSliceEscapes"
	sinkS = []int{4, 5} // ERROR "[]int{...} escapes to heap"
}

func mapLocal() int { // ERROR "can inline mapLocal"
	m := map[string]int{"a": 1} // ERROR "map[string]int{...} does not escape"
	m["b"] = 2
	return len(m)
}

func makeMap() map[int]int { // ERROR "can inline makeMap"
	return make(map[int]int) // ERROR "make(map[int]int) escapes to heap"
}

func bytesToString(b []byte) string { // ERROR "can inline bytesToString" "b does not escape"
	return string(b) // ERROR "string(b) escapes to heap"
}

func stringToBytes(s string) int { // ERROR "can inline stringToBytes" "s does not escape"
	b := []byte(s) // ERROR "([]byte)(s) does not escape"
	return len(b)
}

func concat(a, b string) string { // ERROR "can inline concat" "a does not escape" "b does not escape"
	return a + b // ERROR "a + b escapes to heap"
}

func concatLocal(a string) int { // ERROR "can inline concatLocal" "a does not escape"
	s := a + "!" // ERROR "a + \"!\" does not escape"
	return len(s)
}

func rangeSlice(s []*int) int { // ERROR "can inline rangeSlice" "s does not escape"
	n := 0
	for _, p := range s {
		n += *p
	}
	return n
}

func sum(xs []int) int { // ERROR "can inline sum" "xs does not escape"
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	_ = sliceLocalArray() // ERROR "inlining call to sliceLocalArray"
	sliceArrayEscapes() // ERROR "inlining call to sliceArrayEscapes" "moved to heap: a"
	_ = appendLocal() // ERROR "inlining call to appendLocal" "make([]int, 0, 4) does not escape"
	_ = appendParam(nil) // ERROR "inlining call to appendParam"
	_ = appendPtrs(nil, nil) // ERROR "inlining call to appendPtrs"
	_ = copyInts(make([]int, 2), []int{1, 2}) // ERROR "inlining call to copyInts" "make([]int, 2) does not escape" "[]int{...} does not escape"
	_ = literalSlice() // ERROR "inlining call to literalSlice" "[]int{...} does not escape"
	literalSliceEscapes() // ERROR "inlining call to literalSliceEscapes" "[]int{...} escapes to heap"
	_ = mapLocal() // ERROR "inlining call to mapLocal" "map[string]int{...} does not escape"
	_ = makeMap() // ERROR "inlining call to makeMap" "make(map[int]int) does not escape"
	sinkStr = bytesToString([]byte("x")) // ERROR "inlining call to bytesToString" "([]byte)(\"x\") does not escape" "string(b) escapes to heap"
	_ = stringToBytes("abc") // ERROR "inlining call to stringToBytes" "([]byte)(s) does not escape"
	sinkStr = concat("a", "b") // ERROR "inlining call to concat" "a + b escapes to heap"
	_ = concatLocal("q") // ERROR "inlining call to concatLocal" "a + \"!\" does not escape"
	_ = rangeSlice(nil) // ERROR "inlining call to rangeSlice"
	_ = sum([]int{1, 2, 3}) // ERROR "inlining call to sum" "[]int{...} does not escape"
}
