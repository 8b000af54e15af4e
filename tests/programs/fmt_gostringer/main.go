package main

import "fmt"

type Money int64

func (m Money) GoString() string { return fmt.Sprintf("Money(%d)", int64(m)) }
func (m Money) String() string   { return fmt.Sprintf("$%d.%02d", int64(m)/100, int64(m)%100) }

type Acct struct {
	Owner string
	Bal   Money
}

func main() {
	m := Money(12345)
	fmt.Printf("%v %s %d %#v\n", m, m, m, m)
	a := Acct{"ann", 250}
	fmt.Printf("%v\n%+v\n%#v\n", a, a, a)
	fmt.Printf("%#v\n", []Money{1, 2})
}
