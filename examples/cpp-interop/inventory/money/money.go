// Package money formats amounts of cents.
package money

import "fmt"

// Cents is an amount of money in cents.
type Cents int64

// String formats c as dollars and cents, e.g. "$12.05".
func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}
