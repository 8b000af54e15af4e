// time.Parse with standard and custom layouts in UTC, its errors for bad input, and the parsed
// values' arithmetic; time.ParseDuration with units and errors.
package main

import (
	"fmt"
	"time"
)

func main() {
	inputs := []struct{ layout, value string }{
		{time.RFC3339, "2024-02-29T13:45:00Z"},
		{time.RFC3339Nano, "2024-02-29T13:45:00.123456789Z"},
		{time.RFC3339, "2024-02-29T13:45:00+02:00"},
		{"2006-01-02", "2023-12-31"},
		{"2006-01-02 15:04:05", "2023-07-04 09:08:07"},
		{"Jan 2 2006 3:04PM", "Mar 9 2021 11:30PM"},
		{"02/01/2006", "31/12/1999"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 UTC"},
		{"2006-01-02", "2023-02-30"},
		{"2006-01-02", "2023-13-01"},
		{"2006-01-02", "23-01-01"},
		{"15:04", "25:00"},
		{"2006-01-02", "2023-01-02 extra"},
		{"Monday 2006", "Funday 2006"},
		{"2006-01-02T15:04:05.000", "2021-06-01T10:00:00.250"},
	}
	for _, in := range inputs {
		t, err := time.Parse(in.layout, in.value)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(t.UTC().Format(time.RFC3339Nano), t.Weekday(), t.YearDay())
	}
	a, _ := time.Parse("2006-01-02", "2024-01-01")
	b, _ := time.Parse("2006-01-02", "2024-03-01")
	fmt.Println(b.Sub(a), b.Sub(a).Hours()/24, a.Before(b), a.After(b), a.Equal(a))
	fmt.Println(a.Add(36*time.Hour).Format(time.RFC3339), a.AddDate(0, 1, 30).Format("2006-01-02"), a.AddDate(-1, -1, 0).Format("2006-01-02"))
	for _, s := range []string{"1h30m", "1.5h", "-2m3.5s", "300ms", "1us", "1µs", "42ns", "0", "", "5", "1d", "1h-2m", ".5s"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}
}
