package main

import (
	"errors"
	"fmt"
)

type Point struct{ X, Y int }
type Celsius float64
type Names []string
type Lookup map[string]Point
type Handler func(string) error
type Shape interface{ Area() float64 }

func (c Celsius) Area() float64 { return float64(c) }

func main() {
	var err error
	var sh Shape = Celsius(1)
	vals := []interface{}{
		1, int8(1), uint16(2), int64(3), uintptr(4), 1.5, float32(2), complex(1, 2), "s", true,
		'x', byte(1), []byte("a"), []rune("b"), [3]int{}, Point{}, &Point{}, []Point{}, []*Point{},
		map[string]int{}, Lookup{}, Names{}, Celsius(3), sh, err, errors.New("e"),
		struct{ A int }{}, struct{}{}, &struct{ B string }{}, [2][]map[int]bool{},
		func() {}, func(int, string) (bool, error) { return false, nil }, Handler(nil),
		[]interface{}{}, map[Point][]Celsius{}, new(int), new(*string),
	}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
}
