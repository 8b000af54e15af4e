// Source that is not UTF-8: gc reports each bad byte where it occurs.
package main

func main() {
	s := "café" // ERROR col=11 "invalid UTF-8 encoding"
	_ = s
}
