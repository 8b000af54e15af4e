package main

import (
	"fmt"
	"reflect"
)

type S struct {
	T reflect.Type
	V reflect.Value
}

func main() {
	var e error
	fmt.Println(reflect.TypeOf(nil), reflect.TypeOf(e))
	fmt.Printf("%v %s\n", reflect.TypeOf(nil), reflect.TypeOf(3))
	fmt.Println([]reflect.Type{reflect.TypeOf(1), reflect.TypeOf("")})
	fmt.Printf("%v\n", S{reflect.TypeOf(1.0), reflect.ValueOf(7)})
	fmt.Println(reflect.ValueOf([]int{1, 2}), reflect.ValueOf(map[string]int{"a": 1}), reflect.ValueOf(&S{}).Elem().Field(0))
}
