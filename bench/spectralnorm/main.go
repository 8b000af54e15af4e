// spectral-norm: estimates the largest singular value of the infinite matrix
// A(i,j) = 1/((i+j)(i+j+1)/2+i+1), truncated to N×N, with ten rounds of the
// power method on AᵀA. Float64 slices, nested loops, integer-to-float
// conversion; the final square root is written by hand (no math import yet).
package main

import "fmt"

const N = 100 // bench:size small=100 full=5500

func a(i, j int) float64 {
	return 1.0 / float64((i+j)*(i+j+1)/2+i+1)
}

func mulAv(v, av []float64) {
	for i := range av {
		s := 0.0
		for j := range v {
			s += a(i, j) * v[j]
		}
		av[i] = s
	}
}

func mulAtv(v, atv []float64) {
	for i := range atv {
		s := 0.0
		for j := range v {
			s += a(j, i) * v[j]
		}
		atv[i] = s
	}
}

func mulAtAv(v, out, tmp []float64) {
	mulAv(v, tmp)
	mulAtv(tmp, out)
}

// sqrt is Newton's method after scaling v into [0.25, 1) by powers of four.
func sqrt(v float64) float64 {
	if v <= 0 {
		return 0
	}
	scale := 1.0
	for v >= 1 {
		v *= 0.25
		scale *= 2
	}
	for v < 0.25 {
		v *= 4
		scale *= 0.5
	}
	x := 0.41731 + 0.59016*v
	for i := 0; i < 5; i++ {
		x = 0.5 * (x + v/x)
	}
	return x * scale
}

func main() {
	u := make([]float64, N)
	for i := range u {
		u[i] = 1
	}
	v := make([]float64, N)
	tmp := make([]float64, N)
	for i := 0; i < 10; i++ {
		mulAtAv(u, v, tmp)
		mulAtAv(v, u, tmp)
	}
	var vBv, vv float64
	for i := range v {
		vBv += u[i] * v[i]
		vv += v[i] * v[i]
	}
	fmt.Printf("%0.9f\n", sqrt(vBv/vv))
}
