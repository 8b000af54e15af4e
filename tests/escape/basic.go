// Escape analysis: addresses of locals, results, parameters, new and make.
package main

type T struct {
	a, b int
	p    *int
}

var sink *int
var sinkT *T

func retAddr() *int { // ERROR "can inline retAddr"
	x := 1 // ERROR "moved to heap: x"
	return &x
}

func keepLocal() int { // ERROR "can inline keepLocal"
	x := 2
	p := &x
	return *p
}

func store(p *int) { // ERROR "can inline store" "leaking param: p"
	sink = p
}

func identity(p *int) *int { // ERROR "can inline identity" "leaking param: p to result ~r0 level=0"
	return p
}

func deref(p *int) int { // ERROR "can inline deref" "p does not escape"
	return *p
}

func field(t *T) *int { // ERROR "can inline field" "leaking param: t to result ~r0 level=1"
	return t.p
}

func storeField(t *T, p *int) { // ERROR "can inline storeField" "t does not escape" "leaking param: p"
	t.p = p
}

func newLocal() int { // ERROR "can inline newLocal"
	p := new(int) // ERROR "new(int) does not escape"
	*p = 3
	return *p
}

func newEscapes() *int { // ERROR "can inline newEscapes"
	return new(int) // ERROR "new(int) escapes to heap"
}

func makeConst() int { // ERROR "can inline makeConst"
	s := make([]int, 10) // ERROR "make([]int, 10) does not escape"
	s[0] = 1
	return s[0]
}

func makeVar(n int) int { // ERROR "can inline makeVar"
	s := make([]int, n) // ERROR "make([]int, n) escapes to heap"
	return len(s)
}

func makeReturned() []int { // ERROR "can inline makeReturned"
	return make([]int, 4) // ERROR "make([]int, 4) escapes to heap"
}

func literalLocal() int { // ERROR "can inline literalLocal"
	t := &T{a: 1} // ERROR "&T{...} does not escape"
	return t.a
}

func literalStored() { // ERROR "can inline literalStored"
	sinkT = &T{a: 2} // ERROR "&T{...} escapes to heap"
}

func loopOutlives() *int { // ERROR "can inline loopOutlives"
	var keep *int
	for i := 0; i < 3; i++ {
		v := i // ERROR "moved to heap: v"
		keep = &v
	}
	return keep
}

func loopLocal() int { // ERROR "can inline loopLocal"
	total := 0
	for i := 0; i < 3; i++ {
		v := i
		p := &v
		total += *p
	}
	return total
}

func twoResults(p, q *int) (*int, *int) { // ERROR "can inline twoResults" "leaking param: p to result ~r1 level=0" "leaking param: q to result ~r0 level=0"
	return q, p
}

func contentLeak(pp **int) { // ERROR "can inline contentLeak" "leaking param content: pp"
	sink = *pp
}

func main() {
	x := 5 // ERROR "moved to heap: x"
	store(&x) // ERROR "inlining call to store"
	y := 6
	_ = identity(&y) // ERROR "inlining call to identity"
	z := 7
	_ = deref(&z) // ERROR "inlining call to deref"
	t := T{}
	_ = field(&t) // ERROR "inlining call to field"
	u := T{}
	w := 8 // ERROR "moved to heap: w"
	storeField(&u, &w) // ERROR "inlining call to storeField"
	_ = retAddr() // ERROR "inlining call to retAddr"
	_ = keepLocal() // ERROR "inlining call to keepLocal"
	_ = newLocal() // ERROR "inlining call to newLocal" "new(int) does not escape"
	_ = newEscapes() // ERROR "inlining call to newEscapes" "new(int) does not escape"
	_ = makeConst() // ERROR "inlining call to makeConst" "make([]int, 10) does not escape"
	_ = makeVar(3) // ERROR "inlining call to makeVar" "make([]int, n) escapes to heap"
	_ = makeReturned() // ERROR "inlining call to makeReturned" "make([]int, 4) does not escape"
	_ = literalLocal() // ERROR "inlining call to literalLocal" "&T{...} does not escape"
	literalStored() // ERROR "inlining call to literalStored" "&T{...} escapes to heap"
	_ = loopOutlives() // ERROR "inlining call to loopOutlives" "moved to heap: v"
	_ = loopLocal() // ERROR "inlining call to loopLocal"
	a, b := 1, 2
	_, _ = twoResults(&a, &b) // ERROR "inlining call to twoResults"
	c := 3 // ERROR "moved to heap: c"
	pc := &c
	contentLeak(&pc) // ERROR "inlining call to contentLeak"
}
