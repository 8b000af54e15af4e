// range over a string decodes UTF-8; invalid bytes give U+FFFD one byte at a time.
package main

import "fmt"

func main() {
	for i, r := range "aé世😀" {
		fmt.Println(i, r, string(r))
	}
	for i, r := range "a\xffb\xe4\xb8c\xf0\x9f\x98" {
		fmt.Printf("%d %U\n", i, r)
	}
	for i := range "héllo" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for range "日本語" {
		n++
	}
	fmt.Println(n)
	for _, r := range "\xed\xa0\x80x" {
		fmt.Printf("%U ", r)
	}
	fmt.Println()
	for i, r := range "" {
		fmt.Println("never", i, r)
	}
}
