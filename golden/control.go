// Golden input: if, for and switch, one construct per function.
package main

import "fmt"

func ifElse(n int) string {
	if n < 0 {
		return "neg"
	} else if n == 0 {
		return "zero"
	} else {
		return "pos"
	}
}

func ifInit(n int) int {
	if d := n * 2; d > 10 {
		return d
	}
	return n
}

func forThreeClause() int {
	sum := 0
	for i := 0; i < 5; i++ {
		sum += i
	}
	return sum
}

func forCondition() int {
	n := 1
	for n < 50 {
		n *= 2
	}
	return n
}

func forInfinite() int {
	i := 0
	for {
		i++
		if i == 4 {
			break
		}
	}
	return i
}

func forContinue() int {
	odd := 0
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		odd += i
	}
	return odd
}

func forRangeSlice(s []int) int {
	total := 0
	for i, v := range s {
		total += i * v
	}
	return total
}

func forRangeString(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

func labeled() int {
	count := 0
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j > i {
				continue outer
			}
			count++
		}
	}
	return count
}

func switchTag(n int) string {
	switch n {
	case 1:
		return "one"
	case 2, 3:
		return "two or three"
	default:
		return "many"
	}
}

func switchNoTag(x float64) string {
	switch {
	case x < 0:
		return "negative"
	case x < 1:
		return "fraction"
	}
	return "big"
}

func switchFallthrough(n int) []string {
	var out []string
	switch n {
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1:
		out = append(out, "one")
	case 2:
		out = append(out, "two")
	}
	return out
}

// A switch on a non-constant case with a fallthrough and a default is a terminating statement:
// no return after it (the C++ switch on the chosen clause has a default: label, so g++ sees that
// too and does not warn).
func classify(r rune, limit rune) string {
	switch {
	case r < 0:
		return "negative"
	case r > limit:
		r = limit
		fallthrough
	case r > limit/2:
		return "high " + string(r)
	default:
		return "low " + string(r)
	}
}

func gotoLoop() int {
	i := 0
again:
	if i < 3 {
		i++
		goto again
	}
	return i
}

func main() {
	fmt.Println(ifElse(-1), ifElse(0), ifElse(1), ifInit(3), ifInit(8))
	fmt.Println(forThreeClause(), forCondition(), forInfinite(), forContinue())
	fmt.Println(forRangeSlice([]int{1, 2, 3}), forRangeString("héllo"), labeled())
	fmt.Println(switchTag(1), switchTag(3), switchTag(9))
	fmt.Println(switchNoTag(-1), switchNoTag(0.5), switchNoTag(2))
	fmt.Println(switchFallthrough(0), switchFallthrough(1), switchFallthrough(2), switchFallthrough(3))
	fmt.Println(classify(-1, 'z'), classify('~', 'z'), classify('q', 'z'), classify('A', 'z'))
	fmt.Println(gotoLoop())
}
