// escape-locals: short-lived values whose address is taken but never leaves the function —
// vectors built with &Vec{...}, pointer methods on locals, accumulators passed by pointer. gc
// keeps them all on the stack; go2cpp does too when escape analysis proves it, and allocates one
// heap cell or object per value without it (go2cpp build -no-escape).
package main

import "fmt"

const N = 1000 // bench:size small=1000 full=20000000

type Vec struct{ x, y, z float64 }

func (v *Vec) Add(o *Vec) {
	v.x += o.x
	v.y += o.y
	v.z += o.z
}

func (v *Vec) Scale(k float64) {
	v.x *= k
	v.y *= k
	v.z *= k
}

func accumulate(xs []int, total *int) {
	for _, x := range xs {
		*total += x
	}
}

func step(i int) float64 {
	p := &Vec{float64(i % 7), 1, 2}
	q := Vec{1, float64(i % 5), 3}
	p.Add(&q)
	p.Scale(0.5)
	return p.x + p.y + p.z
}

func count(xs []int, i int) int {
	total := i % 3
	accumulate(xs, &total)
	return total
}

func main() {
	xs := []int{1, 2, 3, 4}
	sum := 0.0
	n := 0
	for i := 0; i < N; i++ {
		sum += step(i)
		n += count(xs, i)
	}
	fmt.Printf("%.1f %d\n", sum, n)
}
