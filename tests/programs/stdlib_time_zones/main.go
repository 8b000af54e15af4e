// Fixed time zones: time.FixedZone, In, Zone, UTC offsets in Format, Parse keeping a numeric
// offset as a fixed zone, Equal across zones, and ParseInLocation.
package main

import (
	"fmt"
	"time"
)

func main() {
	ist := time.FixedZone("IST", 5*3600+1800)
	pst := time.FixedZone("PST", -8*3600)
	noName := time.FixedZone("", -3*3600-1800)
	t := time.Date(2022, time.December, 31, 22, 30, 0, 0, time.UTC)
	for _, loc := range []*time.Location{time.UTC, ist, pst, noName} {
		lt := t.In(loc)
		name, off := lt.Zone()
		fmt.Printf("%-5s %6d %s | %s | %s\n", name, off, lt.Format(time.RFC3339), lt.Format(time.RFC1123Z), lt.Format("Mon 2006-01-02 15:04 MST -07:00:00 Z07"))
		fmt.Println(lt.Year(), lt.YearDay(), lt.Weekday(), lt.Equal(t), lt == t, lt.Location())
	}
	a, err := time.Parse(time.RFC3339, "2023-06-15T08:00:00-04:00")
	fmt.Println(a, err)
	name, off := a.Zone()
	fmt.Printf("%q %d %s\n", name, off, a.UTC())
	b, err := time.ParseInLocation("2006-01-02 15:04", "2023-06-15 17:30", ist)
	fmt.Println(b, err, b.UTC())
	fmt.Println(a.Equal(b.Add(-5*time.Hour-30*time.Minute+30*time.Minute)), b.Sub(a))
	c, err := time.Parse("2006-01-02 15:04 MST", "2023-01-01 00:00 PST")
	fmt.Println(c, err)
	fmt.Println(time.Date(2023, 3, 1, 0, 0, 0, 0, pst).AddDate(0, 0, -1).Format("Jan 2 MST"))
	fmt.Println(time.UTC, time.UTC.String(), ist)
	d := time.Date(2020, 1, 1, 0, 0, 0, 0, ist)
	fmt.Println(d.Truncate(24*time.Hour), d.Round(time.Hour))
}
