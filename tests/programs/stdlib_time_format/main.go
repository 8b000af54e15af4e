// time.Date and Format with fixed dates in UTC: the standard layouts, custom layouts with every
// element (padding, 12-hour clock, fractional seconds, zones), and Time's String and accessors.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, time.March, 5, 14, 7, 9, 123456789, time.UTC)
	layouts := []string{time.ANSIC, time.UnixDate, time.RFC822, time.RFC822Z, time.RFC850,
		time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp,
		time.StampMilli, time.StampMicro, time.StampNano,
		"2006-01-02", "02/01/06 15:04", "Jan _2 3:04PM", "Monday, January 2, 2006",
		"2006-01-02T15:04:05.000Z07:00", "15:04:05.999999", "15:04:05.000000000", ".9 .99 ,000",
		"3:4:5 pm", "__2 002", "2006 06 1 01 Jan January 2 02 _2 Mon Monday", "-0700 -07 -07:00 Z0700 MST",
		"literal text", "2006-01-02 15:04:05.00000"}
	for _, l := range layouts {
		fmt.Printf("%-40q %s\n", l, t.Format(l))
	}
	fmt.Println(t)
	fmt.Printf("%v|%s|%#v\n", t, []time.Time{t}, t)
	type stamped struct {
		ID int
		At time.Time
	}
	fmt.Printf("%+v %#v\n", stamped{1, midnightOf(t)}, time.Date(1999, 12, 31, 0, 0, 0, 0, time.FixedZone("CET", 3600)))
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay())
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	fmt.Println(y, m, d, h, mi, s)
	fmt.Println(t.Unix(), t.UnixNano(), t.UnixMilli())
	midnight := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(midnight.Format(time.Kitchen), midnight.Format("3PM 15h"), midnight)
	noon := time.Date(2000, 1, 1, 12, 0, 0, 0, time.UTC)
	fmt.Println(noon.Format(time.Kitchen))
	// Normalization: month 13, day 0, negative hours.
	fmt.Println(time.Date(2021, 13, 1, 0, 0, 0, 0, time.UTC).Format(time.RFC3339))
	fmt.Println(time.Date(2021, 3, 0, 0, 0, 0, 0, time.UTC).Format(time.RFC3339))
	fmt.Println(time.Date(2021, 1, 1, -1, 0, 0, 0, time.UTC).Format(time.RFC3339))
	fmt.Println(time.Date(2020, 2, 29, 23, 59, 59, 1e9, time.UTC).Format(time.RFC3339Nano))
	fmt.Println(time.Unix(0, 0).UTC(), time.Unix(1700000000, 5).UTC().Format(time.RFC3339Nano))
	fmt.Println(time.Date(-44, time.March, 15, 0, 0, 0, 0, time.UTC).Format("2006-01-02"), time.Date(12345, 1, 1, 0, 0, 0, 0, time.UTC).Format("2006"))
	var zero time.Time
	fmt.Println(zero.IsZero(), zero)
	fmt.Println(t.UTC() == t, t.Location(), t.Local().IsZero())
}

func midnightOf(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}
