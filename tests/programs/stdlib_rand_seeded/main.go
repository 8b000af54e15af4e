// math/rand with a fixed seed reproduces Go's exact sequence: rand.New(rand.NewSource(seed))
// and the package-level functions after rand.Seed, across Int, Intn, Int63, Int31n, Uint32,
// Float64, Float32, ExpFloat64 and NormFloat64.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Int63(), r.Int31(), r.Uint32(), r.Uint64(), r.Int())
	for i := 0; i < 5; i++ {
		fmt.Print(r.Intn(100), " ", r.Int63n(1e12), " ", r.Int31n(7), " ")
	}
	fmt.Println()
	fmt.Println(r.Float64(), r.Float32(), r.ExpFloat64(), r.NormFloat64())
	fmt.Println(r.Intn(1<<40), r.Int63n(1<<62+12345), r.Int31n(1<<30+1))

	r2 := rand.New(rand.NewSource(-7))
	r3 := rand.New(rand.NewSource(-7))
	same := true
	for i := 0; i < 1000; i++ {
		if r2.Int63() != r3.Int63() {
			same = false
		}
	}
	fmt.Println("same:", same, r2.Int63())

	rand.Seed(2023)
	dice := make([]int, 6)
	for i := 0; i < 600; i++ {
		dice[rand.Intn(6)]++
	}
	fmt.Println(dice, rand.Float64(), rand.Int31(), rand.Int63n(1000))
	src := rand.NewSource(1)
	fmt.Println(src.Int63())
	src.Seed(1)
	fmt.Println(src.Int63())
	defer func() { fmt.Println("panic:", recover()) }()
	r.Intn(0)
}
