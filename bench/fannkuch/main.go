// fannkuch-redux: for every permutation of 1..N (in the order the counting
// rotations produce them) counts the prefix reversals ("pancake flips") until
// 1 is in front; prints a signed checksum and the largest flip count. Small
// integer arrays, tight loops, bounds-checked indexing.
package main

import "fmt"

const N = 7 // bench:size small=7 full=11

func fannkuch(n int) (int, int) {
	perm1 := make([]int, n)
	perm := make([]int, n)
	count := make([]int, n)
	for i := range perm1 {
		perm1[i] = i
	}
	checksum, maxFlips, permCount := 0, 0, 0
	r := n
	for {
		for ; r != 1; r-- {
			count[r-1] = r
		}
		copy(perm, perm1)
		flips := 0
		for k := perm[0]; k != 0; k = perm[0] {
			for i, j := 0, k; i < j; i, j = i+1, j-1 {
				perm[i], perm[j] = perm[j], perm[i]
			}
			flips++
		}
		if flips > maxFlips {
			maxFlips = flips
		}
		if permCount%2 == 0 {
			checksum += flips
		} else {
			checksum -= flips
		}
		// Next permutation: rotate the first r+1 elements left until a
		// counter does not wrap.
		for {
			if r == n {
				return checksum, maxFlips
			}
			first := perm1[0]
			for i := 0; i < r; i++ {
				perm1[i] = perm1[i+1]
			}
			perm1[r] = first
			count[r]--
			if count[r] > 0 {
				break
			}
			r++
		}
		permCount++
	}
}

func main() {
	checksum, maxFlips := fannkuch(N)
	fmt.Printf("%d\nPfannkuchen(%d) = %d\n", checksum, N, maxFlips)
}
