// Named types and their runtime descriptors: %T and %v of named basic, slice and map types,
// String() and Error() methods honoured by fmt, named types inside structs and composites.
package main

import "fmt"

type Weekday uint8

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue"}[d]
}

type Celsius float64

type Names []string

type Index map[string]int

type Reading struct {
	Day  Weekday
	Temp Celsius
}

type failure struct{ code int }

func (f failure) Error() string { return fmt.Sprintf("failure %d", f.code) }

func describe() {
	d := Tuesday
	fmt.Printf("%v %d %T\n", d, d, d)
	fmt.Println(Monday, Sunday+2)
}

func composites() {
	var c Celsius = 21.5
	n := Names{"a", "b"}
	idx := Index{"x": 1}
	fmt.Printf("%v %T | %v %T | %v %T\n", c, c, n, n, idx, idx)
	days := []Weekday{Sunday, Tuesday}
	fmt.Println(days)
	fmt.Printf("%T\n", days)
}

func structs() {
	r := Reading{Day: Monday, Temp: -3.25}
	fmt.Printf("%v %+v %T\n", r, r, r)
}

func errorsPrint() {
	f := failure{7}
	fmt.Println(f)
	fmt.Printf("%v|%s\n", f, f)
}

func conversions() {
	n := Names{"z"}
	plain := []string(n)
	plain = append(plain, "y")
	fmt.Println(len(plain), Names(plain))
}

func main() {
	describe()
	composites()
	structs()
	errorsPrint()
	conversions()
}
