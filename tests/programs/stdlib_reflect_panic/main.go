package main

import (
	"fmt"
	"reflect"
)

func main() {
	fmt.Println("before")
	reflect.ValueOf("s").Int()
}
