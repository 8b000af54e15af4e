package main

import "fmt"

type Celsius float64

func (c *Celsius) Warm() { *c += 10 }

type P struct{ X, Y int }

type Q struct{ X, Y int }

func (q *Q) Sum() int { return q.X + q.Y }

type Ints []int

func main() {
	f := 1.5
	c := (*Celsius)(&f)
	*c = 3
	c.Warm()
	fmt.Println(f, *c)
	back := (*float64)(c)
	*back = 7
	fmt.Println(f, *c)

	p := &P{1, 2}
	q := (*Q)(p)
	q.X = 9
	fmt.Println(*p, *q, q.Sum(), (*P)(q) == p)

	s := []int{1, 2}
	is := (*Ints)(&s)
	*is = append(*is, 3)
	fmt.Println(s, len(*is))
	var nilp *P
	fmt.Println((*Q)(nilp) == nil)
}
