// Golden input: strings, one construct per function.
package main

import "fmt"

func concat(a, b string) string { return a + b }

func length(s string) int { return len(s) }

func index(s string) byte { return s[1] }

func slice(s string) string { return s[1:3] }

func compare(a, b string) bool { return a < b }

func rangeRunes(s string) []rune {
	var out []rune
	for _, r := range s {
		out = append(out, r)
	}
	return out
}

func toBytes(s string) []byte { return []byte(s) }

func toRunes(s string) []rune { return []rune(s) }

func fromBytes(b []byte) string { return string(b) }

func fromRune(r rune) string { return string(r) }

func rawString() string { return `a\nb` }

func escapes() string { return "tab\tquote\"é" }

func plusAssign() string {
	s := "a"
	s += "b"
	return s
}

func main() {
	fmt.Println(concat("go", "2cpp"), length("héllo"), index("abc"), slice("hello"))
	fmt.Println(compare("a", "b"), rangeRunes("hé"), toBytes("hi"), toRunes("hé"))
	fmt.Println(fromBytes([]byte{72, 105}), fromRune(0x4e16), rawString(), escapes())
	fmt.Println(plusAssign())
}
