// Methods on named types with value and pointer receivers; method values and expressions.
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()      { c.n++ }
func (c Counter) Value() int { return c.n }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	p := &c
	p.Inc()
	fmt.Println(c.Value(), p.Value())
	inc := c.Inc
	inc()
	val := c.Value
	c.Inc()
	fmt.Println(c.n, val())
	f := (*Counter).Inc
	f(&c)
	g := Counter.Value
	fmt.Println(g(c))
	fmt.Println(Celsius(100).F(), Celsius(-40).F())
}
