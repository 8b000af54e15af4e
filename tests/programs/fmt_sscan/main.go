package main

import "fmt"

func main() {
	var a, b int
	var s string
	var f float64
	fmt.Println(fmt.Sscan("5", &a, &b))
	fmt.Println(fmt.Sscan("", &a))
	fmt.Println(fmt.Sscan("x", &a))
	{
		n, err := fmt.Sscan("  12\n 34 word 2.5", &a, &b, &s, &f)
		fmt.Println(n, err, a, b, s, f)
	}
	{
		n, err := fmt.Sscanln("1 2\n3", &a, &b)
		fmt.Println(n, err, a, b)
	}
	fmt.Println(fmt.Sscanln("1\n2", &a, &b))
	fmt.Println(fmt.Sscanln("1 2 3", &a, &b))
	{
		n, err := fmt.Sscan("0x1f -7 true", &a, &b, new(bool))
		fmt.Println(n, err, a, b)
	}
	fmt.Println(fmt.Sscan("300", new(int8)))
	var r rune
	{
		n, err := fmt.Sscanf("age=42 name=bob", "age=%d name=%s", &a, &s)
		fmt.Println(n, err, a, s)
	}
	{
		n, err := fmt.Sscanf("7-8", "%d-%d", &a, &b)
		fmt.Println(n, err, a, b)
	}
	fmt.Println(fmt.Sscanf("x", "%d", &a))
	{
		n, err := fmt.Sscanf("3.5 z", "%f %c", &f, &r)
		fmt.Println(n, err, f, r)
	}
}
