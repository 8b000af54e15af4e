// Widths and precisions count runes, not bytes: padding of non-ASCII strings, %.Ns truncation
// on rune boundaries, %c and %q of multi-byte runes, %U, %x of UTF-8, and tables of names.
package main

import "fmt"

func main() {
	names := []string{"Zoë", "Ångström", "東京", "naïve café", "plain"}
	for _, n := range names {
		fmt.Printf("|%-10s|%10s|%.3s|%-6.2s|%q|%+q|\n", n, n, n, n, n, n)
	}
	fmt.Printf("|%5c|%-5c|%c|\n", 'é', '世', 0x1F600)
	fmt.Printf("%x % x %X\n", "é", "世界", "ß")
	fmt.Printf("%U %#U %#U\n", 'ß', 'A', '\t')
	fmt.Printf("%q %q %q\n", "\u00a0", "\u2028", "\U0010FFFF")
	fmt.Printf("%+q %#q %#+q\n", "héllo", "héllo", "tab\there")
	fmt.Printf("|%6q|%-8q|\n", 'ü', 'x')
	b := []byte("héllo")
	fmt.Printf("%s %q %x %v\n", b[:3], b[:2], b, b)
	fmt.Printf("%08s|%-08s|%08q\n", "ab", "ab", "ab")
	fmt.Printf("%3v|%-3v|%03d\n", "日本語", "日", 7)
	r := []rune("héllo")
	fmt.Printf("%v %c %q %U\n", r, r, r, r[:2])
	fmt.Printf("%s\n", string(rune(-1)))
	fmt.Printf("%q\n", string([]byte{0xff, 'a', 0xc3}))
}
