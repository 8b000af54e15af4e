// mandelbrot: renders the Mandelbrot set on an N×N grid over [-1.5,0.5]×[-1,1]
// as a 1-bit bitmap (50 iterations, escape radius 2), packing eight pixels a
// byte as the PBM format would, and prints the number of points inside and an
// FNV-1a hash of the bitmap instead of the image. Float64 arithmetic, bytes,
// unsigned wrap-around.
package main

import "fmt"

const N = 200 // bench:size small=200 full=4000

func main() {
	const iterations = 50
	const limit = 4.0
	inside := 0
	hash := uint64(14695981039346656037)
	for y := 0; y < N; y++ {
		ci := 2*float64(y)/N - 1
		var bits byte
		nbits := 0
		for x := 0; x < N; x++ {
			cr := 2*float64(x)/N - 1.5
			zr, zi, tr, ti := 0.0, 0.0, 0.0, 0.0
			i := 0
			for ; i < iterations && tr+ti <= limit; i++ {
				zi = 2*zr*zi + ci
				zr = tr - ti + cr
				tr = zr * zr
				ti = zi * zi
			}
			bits <<= 1
			if tr+ti <= limit {
				bits |= 1
				inside++
			}
			nbits++
			if nbits == 8 || x == N-1 {
				bits <<= uint(8 - nbits)
				hash ^= uint64(bits)
				hash *= 1099511628211
				bits, nbits = 0, 0
			}
		}
	}
	fmt.Printf("%dx%d inside=%d hash=%016x\n", N, N, inside, hash)
}
