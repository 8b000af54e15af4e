// time.Duration arithmetic and formatting: String across magnitudes, unit conversions,
// Truncate and Round, multiplying by counts, and durations parsed from config-like values.
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, time.Microsecond, 1500 * time.Microsecond, time.Second,
		90 * time.Minute, 26*time.Hour + 3*time.Second + 4*time.Millisecond, -2 * time.Second,
		1<<63 - 1, -1 << 63}
	for _, d := range ds {
		fmt.Printf("%v|%s|%d|%.3f|%.2f|%.4f|%d|%d\n", d, d, d, d.Seconds(), d.Minutes(), d.Hours(),
			d.Milliseconds(), d.Microseconds())
	}
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond
	for _, m := range []time.Duration{time.Nanosecond, time.Second, time.Minute, 15 * time.Minute, time.Hour, 0, -time.Hour} {
		fmt.Println(m, d.Truncate(m), d.Round(m), (-d).Round(m))
	}
	timeout := 250 * time.Millisecond
	retries := 4
	fmt.Println(timeout*time.Duration(retries), time.Duration(retries)*timeout/3)
	fmt.Println(time.Duration(1.5 * float64(time.Second)))
	fmt.Printf("%T %v %d\n", timeout, []time.Duration{time.Second, time.Millisecond}, timeout)
	type Job struct {
		Name string
		Wait time.Duration
	}
	fmt.Printf("%v %+v\n", Job{"a", 2 * time.Minute}, Job{"b", 0})
	fmt.Println(time.Hour.Nanoseconds(), time.Duration(100).Nanoseconds())
	fmt.Println(d.Round(time.Hour*2), time.Duration(1<<63-1).Round(time.Hour))
}
