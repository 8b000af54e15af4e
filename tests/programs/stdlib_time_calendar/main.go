// Calendar arithmetic on fixed UTC dates: Month and Weekday String, AddDate across month ends
// and leap years, Truncate and Round of times, days between dates, and ISO weeks.
package main

import (
	"fmt"
	"time"
)

func daysIn(year int, m time.Month) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func main() {
	for m := time.January; m <= time.December; m++ {
		fmt.Printf("%-9s %2d %d\n", m, daysIn(2024, m), daysIn(2023, m))
	}
	fmt.Println(time.Month(13), time.Weekday(7), time.Sunday, time.Saturday)
	fmt.Printf("%v %d %s %q\n", time.August, time.August, time.Friday, time.Monday)
	start := time.Date(2024, time.January, 31, 10, 0, 0, 0, time.UTC)
	for i := 0; i < 4; i++ {
		t := start.AddDate(0, i, 0)
		fmt.Println(t.Format("2006-01-02 Mon"), t.Weekday())
	}
	t := time.Date(2023, 11, 17, 15, 47, 31, 600000000, time.UTC)
	for _, d := range []time.Duration{time.Second, time.Minute, 15 * time.Minute, time.Hour, 24 * time.Hour} {
		fmt.Println(d, t.Truncate(d).Format(time.RFC3339Nano), t.Round(d).Format(time.RFC3339Nano))
	}
	for _, s := range []string{"2020-12-31", "2021-01-03", "2021-01-04", "2024-12-30", "2027-01-01"} {
		d, _ := time.Parse("2006-01-02", s)
		y, w := d.ISOWeek()
		fmt.Println(s, d.Weekday(), y, w)
	}
	a := time.Date(1969, 7, 20, 20, 17, 0, 0, time.UTC)
	b := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(int(b.Sub(a).Hours()/24), b.Sub(a), a.Unix())
	fmt.Println(time.Unix(1e9, 0).UTC().Format(time.RFC1123), time.UnixMilli(1700000000123).UTC().Format(time.StampMilli))
	dates := []time.Time{b, a, time.Date(1999, 12, 31, 23, 59, 59, 0, time.UTC)}
	for i := 1; i < len(dates); i++ {
		for j := i; j > 0 && dates[j].Before(dates[j-1]); j-- {
			dates[j], dates[j-1] = dates[j-1], dates[j]
		}
	}
	for _, d := range dates {
		fmt.Println(d.Format("2006-01-02 15:04:05"))
	}
}
