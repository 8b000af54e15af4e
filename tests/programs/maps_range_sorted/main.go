// Ranging over a map: collect keys, sort them, print deterministically; sums are order-free.
package main

import "fmt"

func main() {
	ages := map[string]int{"carol": 35, "alice": 30, "bob": 25, "dave": 40}
	keys := make([]string, 0, len(ages))
	total := 0
	for k, v := range ages {
		keys = append(keys, k)
		total += v
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	for _, k := range keys {
		fmt.Println(k, ages[k])
	}
	fmt.Println("total", total)
	count := 0
	for range ages {
		count++
	}
	fmt.Println(count)
	for k := range ages {
		if k[0] < 'c' {
			delete(ages, k)
		}
	}
	fmt.Println(ages)
}
