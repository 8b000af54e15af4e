// len and cap of an array are constants when the expression has no call or receive (regexp's
// `matchPool [len(matchSize)]sync.Pool`), and plain values otherwise.
package main

import "fmt"

var matchSize = [...]int{128, 512, 2048, 16384, 0}
var matchPool [len(matchSize)]string

type grid struct {
	cells [3][4]byte
}

func makeArr() [6]int {
	fmt.Println("makeArr called")
	return [6]int{}
}

func main() {
	const n = len(matchSize)
	const c = cap(matchSize)
	var g grid
	const rows, cols = len(g.cells), len(g.cells[0])
	p := &g.cells
	const viaPtr = len(p)
	var arr [rows * cols]int
	fmt.Println(n, c, len(matchPool), rows, cols, viaPtr, len(arr))
	fmt.Printf("%T %T\n", matchPool, arr)
	var big [n * 2]bool // an array length: must be a constant
	fmt.Println(len(big), uint8(n*50))
	fmt.Println(len(makeArr())) // not a constant: the call runs
	ch := make(chan [2]int, 1)
	ch <- [2]int{1, 2}
	fmt.Println(len(<-ch))
	var nilp *[7]int
	fmt.Println(len(nilp))
}
