// Golden input: variables, constants and arithmetic, one construct per function.
package main

import "fmt"

var packageVar = 7

var packageTyped float64 = 2.5

const untypedConst = 42

const typedConst int64 = 1 << 40

const (
	first = iota
	second
	third
)

func localVar() int {
	var x int
	x = 3
	return x
}

func shortDecl() string {
	s := "short"
	return s
}

func multiAssign() (int, int) {
	a, b := 1, 2
	a, b = b, a
	return a, b
}

func intArith(a, b int) int {
	return a*b + a/b - a%b
}

func floatArith(x, y float64) float64 {
	return x*y - x/y
}

func compoundAssign() int {
	n := 10
	n += 5
	n -= 3
	n *= 2
	n /= 4
	n %= 5
	return n
}

func incDec() int {
	i := 0
	i++
	i++
	i--
	return i
}

func bitOps(a, b uint8) uint8 {
	return a&b | a^b&^1
}

func shifts(x int, n uint) int {
	return x<<n + x>>n
}

func wrap8(x int8) int8 {
	return x + 100
}

func comparisons(a, b int) bool {
	return a < b && a != 0 || b >= 10
}

func stringConcat(a, b string) string {
	return a + " " + b
}

func conversions(x int) float64 {
	return float64(x) / 2
}

func main() {
	fmt.Println(packageVar, packageTyped, untypedConst, typedConst)
	fmt.Println(first, second, third)
	fmt.Println(localVar(), shortDecl())
	fmt.Println(multiAssign())
	fmt.Println(intArith(17, 5), floatArith(1.5, 0.5))
	fmt.Println(compoundAssign(), incDec())
	fmt.Println(bitOps(12, 10), shifts(5, 2))
	fmt.Println(wrap8(100), comparisons(1, 2), comparisons(0, 3))
	fmt.Println(stringConcat("golden", "file"), conversions(7))
}
