// k-nucleotide: generates a pseudo-random DNA sequence of N bases (the fasta
// benchmark's generator), then counts every substring of length 1, 2, 3, 4, 6,
// 12 and 18 in a map[string]int. Prints the 1- and 2-mer frequencies sorted by
// count, the number of distinct k-mers for each k, and the counts of five
// fixed k-mers. Map-heavy: millions of inserts and lookups with string keys
// that are substrings of one shared string.
package main

import "fmt"

const N = 10000 // bench:size small=10000 full=2000000

var seed uint32 = 42

func random(max float64) float64 {
	seed = (seed*3877 + 29573) % 139968
	return max * float64(seed) / 139968
}

func sequence(n int) string {
	bases := []byte("ACGT")
	cum := []float64{0.3029549426680, 0.5009432431601, 0.6984905497992, 1.0}
	buf := make([]byte, n)
	for i := range buf {
		r := random(1.0)
		j := 0
		for j < 3 && r >= cum[j] {
			j++
		}
		buf[i] = bases[j]
	}
	return string(buf)
}

func count(seq string, k int) map[string]int {
	counts := make(map[string]int)
	for i := 0; i+k <= len(seq); i++ {
		counts[seq[i:i+k]]++
	}
	return counts
}

type Entry struct {
	key   string
	count int
}

// sorted lists the map's entries by count descending, then key ascending.
func sorted(counts map[string]int) []Entry {
	var entries []Entry
	for k, v := range counts {
		entries = append(entries, Entry{k, v})
	}
	for i := 1; i < len(entries); i++ {
		e := entries[i]
		j := i
		for j > 0 && (entries[j-1].count < e.count ||
			entries[j-1].count == e.count && entries[j-1].key > e.key) {
			entries[j] = entries[j-1]
			j--
		}
		entries[j] = e
	}
	return entries
}

func main() {
	seq := sequence(N)
	for k := 1; k <= 2; k++ {
		total := len(seq) - k + 1
		for _, e := range sorted(count(seq, k)) {
			fmt.Printf("%s %.3f\n", e.key, 100*float64(e.count)/float64(total))
		}
		fmt.Println()
	}
	for _, k := range []int{3, 4, 6, 12, 18} {
		fmt.Printf("distinct %d-mers: %d\n", k, len(count(seq, k)))
	}
	for _, s := range []string{"GGT", "GGTA", "GGTATT", "GGTATTTTAATT", "GGTATTTTAATTTATAGT"} {
		fmt.Printf("%d\t%s\n", count(seq, len(s))[s], s)
	}
}
