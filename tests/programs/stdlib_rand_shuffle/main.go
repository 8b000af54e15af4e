// Seeded shuffles and permutations from math/rand: Perm, Shuffle, and a weighted pick, as a
// game or a test-data generator uses them; the results are Go's for the seed.
package main

import (
	"fmt"
	"math/rand"
	"strings"
)

func main() {
	r := rand.New(rand.NewSource(99))
	fmt.Println(r.Perm(10))
	fmt.Println(r.Perm(0), r.Perm(1))
	deck := []string{}
	for _, s := range []string{"S", "H", "D", "C"} {
		for _, v := range []string{"A", "K", "Q", "J", "10"} {
			deck = append(deck, v+s)
		}
	}
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(strings.Join(deck[:8], " "))
	weights := []int{1, 5, 10, 20}
	total := 0
	for _, w := range weights {
		total += w
	}
	counts := make([]int, len(weights))
	for i := 0; i < 1000; i++ {
		x := r.Intn(total)
		for k, w := range weights {
			if x < w {
				counts[k]++
				break
			}
			x -= w
		}
	}
	fmt.Println(counts)
	letters := "abcdefghijklmnopqrstuvwxyz"
	b := make([]byte, 12)
	for i := range b {
		b[i] = letters[r.Intn(len(letters))]
	}
	fmt.Println(string(b))
	buf := make([]byte, 9)
	n, err := r.Read(buf)
	fmt.Println(n, err, buf)
	rand.Seed(5)
	fmt.Println(rand.Perm(6))
	xs := []int{1, 2, 3, 4, 5}
	rand.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	fmt.Println(xs)
}
