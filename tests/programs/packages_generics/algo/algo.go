package algo

import (
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

func sum[T Number](xs []T) T {
	var t T
	for _, x := range xs {
		t += x
	}
	return t
}

func mapSlice[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func SumInts(xs []int) int { return sum(xs) }

func JoinWords(ws []string) string {
	return strings.Join(mapSlice(ws, strings.ToUpper), "+")
}

func Reversed(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}
