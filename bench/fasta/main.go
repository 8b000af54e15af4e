// fasta: generates the three DNA sequences of the classic fasta benchmark — a
// repeated copy of the ALU sequence and two weighted-random ones from a linear
// congruential generator — as 60-column FASTA text of 2N, 3N and 5N bases.
// Instead of writing the text it prints its length and an FNV-1a hash, so the
// result is one short line. Byte slices, strings, float comparisons.
package main

import "fmt"

const N = 1000 // bench:size small=1000 full=5000000

const lineWidth = 60

const alu = "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG" +
	"GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA" +
	"CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT" +
	"ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA" +
	"GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG" +
	"AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC" +
	"AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA"

type Acid struct {
	c    byte
	prob float64
}

// Output accumulates the text's length and hash, as a sink for lines.
type Output struct {
	length int
	hash   uint64
}

func write(out *Output, line []byte) {
	h := out.hash
	for _, b := range line {
		h ^= uint64(b)
		h *= 1099511628211
	}
	out.hash = h
	out.length += len(line)
}

var seed uint32 = 42

const (
	im = 139968
	ia = 3877
	ic = 29573
)

func random(max float64) float64 {
	seed = (seed*ia + ic) % im
	return max * float64(seed) / im
}

func repeatFasta(out *Output, header string, s string, n int) {
	write(out, []byte(header))
	line := make([]byte, lineWidth+1)
	pos := 0
	for n > 0 {
		m := lineWidth
		if n < m {
			m = n
		}
		for i := 0; i < m; i++ {
			line[i] = s[pos]
			pos++
			if pos == len(s) {
				pos = 0
			}
		}
		line[m] = '\n'
		write(out, line[:m+1])
		n -= m
	}
}

func randomFasta(out *Output, header string, acids []Acid, n int) {
	write(out, []byte(header))
	// Cumulative probabilities, so a lookup is a linear scan.
	cum := make([]Acid, len(acids))
	p := 0.0
	for i, a := range acids {
		p += a.prob
		cum[i] = Acid{a.c, p}
	}
	line := make([]byte, lineWidth+1)
	for n > 0 {
		m := lineWidth
		if n < m {
			m = n
		}
		for i := 0; i < m; i++ {
			r := random(1.0)
			c := cum[len(cum)-1].c
			for _, a := range cum {
				if r < a.prob {
					c = a.c
					break
				}
			}
			line[i] = c
		}
		line[m] = '\n'
		write(out, line[:m+1])
		n -= m
	}
}

func main() {
	iub := []Acid{
		{'a', 0.27}, {'c', 0.12}, {'g', 0.12}, {'t', 0.27},
		{'B', 0.02}, {'D', 0.02}, {'H', 0.02}, {'K', 0.02},
		{'M', 0.02}, {'N', 0.02}, {'R', 0.02}, {'S', 0.02},
		{'V', 0.02}, {'W', 0.02}, {'Y', 0.02},
	}
	homoSapiens := []Acid{
		{'a', 0.3029549426680},
		{'c', 0.1979883004921},
		{'g', 0.1975473066391},
		{'t', 0.3015094502008},
	}
	out := &Output{hash: 14695981039346656037}
	repeatFasta(out, ">ONE Homo sapiens alu\n", alu, 2*N)
	randomFasta(out, ">TWO IUB ambiguity codes\n", iub, 3*N)
	randomFasta(out, ">THREE Homo sapiens frequency\n", homoSapiens, 5*N)
	fmt.Printf("bytes=%d fnv1a=%016x\n", out.length, out.hash)
}
