// Seeded samples from math/rand's distributions printed to full precision: NormFloat64 scaled
// to a mean and deviation, ExpFloat64 scaled to a rate, Float32, and a histogram of Intn.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(20240601))
	for i := 0; i < 5; i++ {
		fmt.Println(r.NormFloat64()*15+100, r.ExpFloat64()/0.5, r.Float32())
	}
	sum, sumExp := 0.0, 0.0
	for i := 0; i < 10000; i++ {
		sum += r.NormFloat64()
		sumExp += r.ExpFloat64()
	}
	fmt.Printf("%.6f %.6f\n", sum/10000, sumExp/10000)
	hist := make([]int, 10)
	for i := 0; i < 5000; i++ {
		hist[r.Intn(10)]++
	}
	fmt.Println(hist)
	fmt.Println(r.Uint64(), r.Int63n(3), r.Int31n(1000000007))
}
