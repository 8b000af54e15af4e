// fmt.Sscanf and Sscan parse structured text: log lines, key=value pairs, numbers in different
// bases; errors and counts come back as Go's.
package main

import "fmt"

func main() {
	lines := []string{
		"2024-03-15 GET /index.html 200 1534",
		"2024-03-16 POST /api/v1 201 87",
		"bad line",
	}
	for _, l := range lines {
		var y, m, d, code, size int
		var method, path string
		n, err := fmt.Sscanf(l, "%d-%d-%d %s %s %d %d", &y, &m, &d, &method, &path, &code, &size)
		fmt.Println(n, err, y, m, d, method, path, code, size)
	}
	var name string
	var age int
	var score float64
	n, err := fmt.Sscanf("name=bob age=42 score=97.5", "name=%s age=%d score=%g", &name, &age, &score)
	fmt.Println(n, err, name, age, score)
	var h, o, b int
	n, err = fmt.Sscanf("ff 17 101", "%x %o %b", &h, &o, &b)
	fmt.Println(n, err, h, o, b)
	var r rune
	var ok bool
	n, err = fmt.Sscanf("Z true", "%c %t", &r, &ok)
	fmt.Println(n, err, string(r), ok)
	var a1, a2 int
	var w string
	n, err = fmt.Sscan("  10\n 20 word", &a1, &a2, &w)
	fmt.Println(n, err, a1, a2, w)
	n, err = fmt.Sscan("12 x", &a1, &a2)
	fmt.Println(n, err, a1)
	n, err = fmt.Sscanln("5 6\n7", &a1, &a2)
	fmt.Println(n, err, a1, a2)
	n, err = fmt.Sscanln("5\n6", &a1, &a2)
	fmt.Println(n, err)
	var u uint8
	n, err = fmt.Sscanf("300", "%d", &u)
	fmt.Println(n, err, u)
	var q string
	n, err = fmt.Sscanf(`"quoted str" rest`, "%q %s", &q, &w)
	fmt.Println(n, err, q, w)
	n, err = fmt.Sscanf("676f21 `raw \\n`", "%x %q", &w, &q)
	fmt.Println(n, err, w, q)
	var f32 float32
	n, err = fmt.Sscan("1e3", &f32)
	fmt.Println(n, err, f32)
	n, err = fmt.Sscanf("7:8", "%d:%d", &a1, &a2)
	fmt.Println(n, err, a1, a2)
	n, err = fmt.Sscanf("7-8", "%d:%d", &a1, &a2)
	fmt.Println(n, err, a1)
}
