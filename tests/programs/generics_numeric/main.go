// Constraint-driven numeric code: sums, min/max, averages over integer and float type sets,
// with named types, untyped constant arguments and explicit instantiation.
package main

import "fmt"

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

type Float interface {
	~float32 | ~float64
}

type Number interface {
	Integer | Float
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T Number](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Min[T Number](xs []T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x < m {
			m = x
		}
	}
	return m
}

func Average[T Number](xs []T) float64 {
	return float64(Sum(xs...)) / float64(len(xs))
}

func Abs[T Integer | Float](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

func Scale[T Number](xs []T, k T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = x * k
	}
	return out
}

func Mean[T Integer](xs []T) T {
	return Sum(xs...) / T(len(xs))
}

type Celsius float64
type Count uint8

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[int8](100, 27, 1))
	fmt.Println(Max(3, 7), Max(2.5, -1.0), Max[float32](1, 2.5), Max(-1, 2))
	fmt.Println(Min([]int{5, 3, 9}), Min([]float64{2.5, -0.5}))
	fmt.Printf("%.3f %.3f\n", Average([]int{1, 2, 4}), Average([]Celsius{20, 22.5}))
	temps := []Celsius{21.5, 19, 23.25}
	fmt.Printf("%v %T %v\n", Sum(temps...), Sum(temps...), Min(temps))
	var c Count = 200
	fmt.Println(Sum(c, c), Max(c, 7), Abs(-4), Abs(-2.5), Abs(int8(-128)))
	fmt.Println(Scale([]int{1, 2, 3}, 10), Scale([]Celsius{1.5}, 2))
	fmt.Println(Mean([]int{1, 2, 3, 4}), Mean([]uint8{250, 250, 3}), Mean([]int{-7, 2}))
	fmt.Println(Sum[uint16](65535, 2), Sum(0.1, 0.2))
}
