// len of an array is not a constant when its expression calls a function or receives.
package main

func arr() [4]int { return [4]int{} }

func main() {
	ch := make(chan [2]int)
	var a [len(arr())]int  // ERROR "array length len\(arr\(\)\) \(value of type int\) must be constant"
	const n = len(<-ch)    // ERROR "len\(<-ch\) \(value of type int\) is not constant"
	_, _ = a, n
}

func variableLength() {
	n := 3       // ERROR "n declared but not used"
	var b [n]int // ERROR "invalid array length n"
	_ = b
}
