package main

import (
	"fmt"
	"math"
	"reflect"
)

type Node struct {
	Val  int
	Next *Node
	name string
}

type Pair struct {
	A, B any
}

type MyInt int

func main() {
	fmt.Println(reflect.DeepEqual(1, 1), reflect.DeepEqual(1, 2), reflect.DeepEqual(1, int64(1)))
	fmt.Println(reflect.DeepEqual(nil, nil), reflect.DeepEqual(nil, 1), reflect.DeepEqual([]int(nil), nil))
	fmt.Println(reflect.DeepEqual([]int{}, []int(nil)), reflect.DeepEqual([]int{1, 2}, []int{1, 2}), reflect.DeepEqual([]int{1, 2}, []int{2, 1}))
	fmt.Println(reflect.DeepEqual(map[string]int{}, map[string]int(nil)), reflect.DeepEqual(map[string]int{"a": 1}, map[string]int{"a": 1}))
	fmt.Println(reflect.DeepEqual(map[string]int{"a": 1}, map[string]int{"b": 1}), reflect.DeepEqual(map[string]int{"a": 1}, map[string]int{"a": 2}))
	nan := math.NaN()
	fmt.Println(reflect.DeepEqual(nan, nan), reflect.DeepEqual([]float64{nan}, []float64{nan}))
	s := []float64{nan}
	fmt.Println(reflect.DeepEqual(s, s))
	m := map[float64]int{nan: 1}
	fmt.Println(reflect.DeepEqual(m, m), reflect.DeepEqual(m, map[float64]int{nan: 1}))
	f := func() {}
	fmt.Println(reflect.DeepEqual(f, f))
	var g func()
	fmt.Println(reflect.DeepEqual(g, g), reflect.DeepEqual(g, f))
	a := &Node{Val: 1, name: "x"}
	a.Next = a
	b := &Node{Val: 1, name: "x"}
	b.Next = b
	fmt.Println(reflect.DeepEqual(a, b))
	b.name = "y"
	fmt.Println(reflect.DeepEqual(a, b))
	fmt.Println(reflect.DeepEqual(Pair{1, "x"}, Pair{1, "x"}), reflect.DeepEqual(Pair{1, "x"}, Pair{int64(1), "x"}))
	fmt.Println(reflect.DeepEqual([3]int{1, 2, 3}, [3]int{1, 2, 3}), reflect.DeepEqual([2]any{1, nil}, [2]any{1, nil}))
	l1 := map[string]any{"n": 1}
	l1["self"] = l1
	l2 := map[string]any{"n": 1}
	l2["self"] = l2
	fmt.Println(reflect.DeepEqual(l1, l2))
	s1 := []any{nil, 2}
	s1[0] = s1
	s2 := []any{nil, 2}
	s2[0] = s2
	fmt.Println(reflect.DeepEqual(s1, s2))
	s2[1] = 3
	fmt.Println(reflect.DeepEqual(s1, s2))
	fmt.Println(reflect.DeepEqual(MyInt(1), 1), reflect.DeepEqual(MyInt(1), MyInt(1)))
	fmt.Println(reflect.DeepEqual(map[any]any{1: []int{1}, "k": map[string]int{"z": 0}}, map[any]any{1: []int{1}, "k": map[string]int{"z": 0}}))
	fmt.Println(reflect.DeepEqual(map[[2]int]string{{1, 2}: "a"}, map[[2]int]string{{1, 2}: "a"}))
	fmt.Println(reflect.DeepEqual([]byte("abc"), []byte("abc")), reflect.DeepEqual([]byte("abc"), []byte("abd")))
	fmt.Println(reflect.DeepEqual(&[]int{1}, &[]int{1}), reflect.DeepEqual(new(int), new(int)))
	ch := make(chan int)
	fmt.Println(reflect.DeepEqual(ch, ch), reflect.DeepEqual(ch, make(chan int)))
	fmt.Println(reflect.DeepEqual(-0.0, 0.0), reflect.DeepEqual(complex(nan, 0), complex(nan, 0)))
	var e1, e2 error
	fmt.Println(reflect.DeepEqual(e1, e2), reflect.DeepEqual(fmt.Errorf("x"), fmt.Errorf("x")))
	fmt.Println(reflect.DeepEqual([]any{[]int(nil)}, []any{[]int{}}))
	fmt.Println(reflect.DeepEqual(struct{ x []int }{}, struct{ x []int }{}))
}
