// testing.Benchmark and BenchmarkResult outside `go test`: b.N grows from 1 while the function
// runs quickly, a benchmark that fails or skips on its first run gives the zero result, and
// String, MemString, NsPerOp, AllocsPerOp and AllocedBytesPerOp format and divide as Go's;
// CoverMode is "" without -cover.
package main

import (
	"fmt"
	"testing"
	"time"
)

func main() {
	var ns []int
	calls := 0
	r := testing.Benchmark(func(b *testing.B) {
		ns = append(ns, b.N)
		for i := 0; i < b.N; i++ {
			calls++
		}
	})
	fmt.Println("first N:", ns[0], "grew:", len(ns) > 1, "last N is result N:", ns[len(ns)-1] == r.N)
	fmt.Println("ran every N:", calls > r.N, r.T > 0, r.NsPerOp() >= 0)

	metric := testing.Benchmark(func(b *testing.B) {
		b.SetBytes(1000)
		b.ReportMetric(7, "ns/op")
		b.ReportMetric(2.5, "widgets/op")
		time.Sleep(time.Millisecond)
	})
	fmt.Println("reported ns/op:", metric.NsPerOp(), metric.Bytes, metric.Extra["widgets/op"])

	failed := testing.Benchmark(func(b *testing.B) { b.Fatal("no") })
	skipped := testing.Benchmark(func(b *testing.B) { b.Skip("later") })
	fmt.Println("failed:", failed.N, failed.T, failed.NsPerOp())
	fmt.Println("skipped:", skipped.N, skipped.NsPerOp())

	results := []testing.BenchmarkResult{
		{N: 1000, T: 1234567 * time.Nanosecond},
		{N: 3, T: 12 * time.Second, Bytes: 1 << 20, MemAllocs: 30, MemBytes: 3000},
		{N: 50000000, T: 1500 * time.Millisecond, Extra: map[string]float64{"zeta/op": 0.5, "alpha": 12345.678, "B/op": 8}},
		{N: 7, T: 7, Extra: map[string]float64{"ns/op": 0.0123, "MB/s": 99.5, "allocs/op": 4}},
		{N: 100, T: 100},
		{},
	}
	for _, r := range results {
		fmt.Printf("%q\n", r.String())
		fmt.Printf("%q\n", r.MemString())
		fmt.Println(r.NsPerOp(), r.AllocsPerOp(), r.AllocedBytesPerOp())
	}
	fmt.Println(results[0])
	fmt.Printf("cover mode: %q\n", testing.CoverMode())
}
