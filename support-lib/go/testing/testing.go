// Package testing as go2cpp programs see it: what _test.go files use, implemented in C++
// (include/go/testing.h, src/testing.cpp). `go2cpp test` generates the main that runs the tests
// (docs/testing-go.md); MainStart, RunTestMain and the Internal* types are that main's interface,
// shaped for go2cpp rather than as in Go.
package testing

import "time"

// T is the state of one test or subtest.
type T struct{ impl int }

func (t *T) Error(args ...any)
func (t *T) Errorf(format string, args ...any)
func (t *T) Fatal(args ...any)
func (t *T) Fatalf(format string, args ...any)
func (t *T) Log(args ...any)
func (t *T) Logf(format string, args ...any)
func (t *T) Fail()
func (t *T) FailNow()
func (t *T) Failed() bool
func (t *T) Name() string
func (t *T) Helper()
func (t *T) Skip(args ...any)
func (t *T) Skipf(format string, args ...any)
func (t *T) SkipNow()
func (t *T) Skipped() bool
func (t *T) Parallel()
func (t *T) Cleanup(f func())
func (t *T) Setenv(key, value string)
func (t *T) Run(name string, f func(t *T)) bool

// B is a benchmark's state. go2cpp test compiles benchmarks but does not run them; Benchmark
// runs one.
type B struct {
	N    int
	impl int
}

func (b *B) Error(args ...any)
func (b *B) Errorf(format string, args ...any)
func (b *B) Fatal(args ...any)
func (b *B) Fatalf(format string, args ...any)
func (b *B) Log(args ...any)
func (b *B) Logf(format string, args ...any)
func (b *B) Fail()
func (b *B) FailNow()
func (b *B) Failed() bool
func (b *B) Name() string
func (b *B) Helper()
func (b *B) Skip(args ...any)
func (b *B) Skipf(format string, args ...any)
func (b *B) SkipNow()
func (b *B) Cleanup(f func())
func (b *B) ResetTimer()
func (b *B) StartTimer()
func (b *B) StopTimer()
func (b *B) ReportAllocs()
func (b *B) SetBytes(n int64)
func (b *B) ReportMetric(n float64, unit string)
func (b *B) Run(name string, f func(b *B)) bool

// BenchmarkResult is what Benchmark measured, as in Go. MemBytes stays 0: go2cpp counts heap
// allocations, not their bytes.
type BenchmarkResult struct {
	N         int
	T         time.Duration
	Bytes     int64
	MemAllocs uint64
	MemBytes  uint64
	Extra     map[string]float64
}

func (r BenchmarkResult) NsPerOp() int64
func (r BenchmarkResult) AllocsPerOp() int64
func (r BenchmarkResult) AllocedBytesPerOp() int64
func (r BenchmarkResult) String() string
func (r BenchmarkResult) MemString() string

// Benchmark runs f with b.N growing until it takes 100ms (Go's -test.benchtime is 1s; go2cpp
// keeps test binaries quick), as Go's does, and returns what it measured.
func Benchmark(f func(b *B)) BenchmarkResult

// M runs the tests of a package; TestMain receives it.
type M struct{ impl int }

func (m *M) Run() (code int)

// Short reports whether -test.short was given; Verbose whether -test.v was.
func Short() bool
func Verbose() bool

// CoverMode is the -test.covermode setting: "", as go2cpp test has no coverage.
func CoverMode() string

// AllocsPerRun calls f runs times (after one warm-up call) and returns the average number of
// heap allocations per call, as go2cpp's collector counts them.
func AllocsPerRun(runs int, f func()) (avg float64)

type InternalTest struct {
	Name string
	F    func(*T)
}

type InternalExample struct {
	Name      string
	F         func()
	Output    string
	Unordered bool
}

func MainStart(tests []InternalTest, examples []InternalExample) *M

// RunTestMain calls the package's TestMain(m) and returns the status the test binary exits with
// when TestMain returns: what m.Run returned, 0 if it was not called (Go 1.19's rule).
func RunTestMain(m *M, testMain func(*M)) int
