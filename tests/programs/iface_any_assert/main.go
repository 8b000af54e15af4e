// Type assertions and type switches on interface{} values: single-value, comma-ok, the panic
// message of a failed assertion, nil and multi-type cases.
package main

import "fmt"

func kind(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprint("int ", v+1)
	case string, bool:
		return fmt.Sprint("string or bool ", v)
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	var x any = 42
	n := x.(int)
	s, ok := x.(string)
	fmt.Println(n, s == "", ok)
	for _, v := range []any{nil, 1, "a", true, 2.5} {
		fmt.Println(kind(v))
	}
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	_ = x.(string)
}
