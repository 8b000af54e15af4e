// String and rune literal escapes, raw strings, %q.
package main

import "fmt"

func main() {
	fmt.Println("a\tb\\c\"d'e")
	fmt.Println(`raw \t "quoted" 'x'`)
	fmt.Println("\x41\102\u00e9\U0001F600")
	fmt.Println('\n', '\'', '\x7f', '\u00e9', 'a')
	fmt.Printf("%q\n", "line\nnext\x00\xff é")
	fmt.Printf("%+q\n", "é世")
	fmt.Printf("%#q %q\n", "back`tick", 'x')
	multi := `line1
line2`
	fmt.Println(multi, len(multi))
}
