// time.Duration: constants, arithmetic, and String() exactly as Go formats it.
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0, 1, 999, time.Microsecond, 1500 * time.Microsecond, time.Second,
		90 * time.Minute, -3 * time.Millisecond, 2*time.Hour + 3*time.Second + 4*time.Millisecond,
		1<<63 - 1, -1 << 63, 123456789 * time.Nanosecond,
	}
	for _, d := range ds {
		fmt.Println(d, int64(d))
	}
	d := 2*time.Hour + 30*time.Minute
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Println(d.Round(time.Hour), d.Truncate(time.Hour), (1499 * time.Millisecond).Round(time.Second))
	fmt.Printf("%v %s %d %T\n", time.Second, time.Minute, time.Millisecond, time.Hour)
	var total time.Duration
	for i := 1; i <= 3; i++ {
		total += time.Duration(i) * time.Second
	}
	fmt.Println(total, total > 5*time.Second, total/2)
	fmt.Println([]time.Duration{time.Nanosecond, time.Hour})
}
