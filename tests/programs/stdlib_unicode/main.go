package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	for _, r := range "aZ9 _!é\tΩ€\u00a0" {
		fmt.Printf("%q letter=%v digit=%v space=%v upper=%v lower=%v punct=%v print=%v %q %q\n", r,
			unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsSpace(r), unicode.IsUpper(r),
			unicode.IsLower(r), unicode.IsPunct(r), unicode.IsPrint(r), unicode.ToUpper(r), unicode.ToLower(r))
	}
	s := "naïve café ☕"
	fmt.Println(len(s), utf8.RuneCountInString(s), strings.ToUpper(s))
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '☕')
	fmt.Println(buf[:n], n, utf8.RuneLen('a'), utf8.ValidRune(0xD800))
	r, size := utf8.DecodeLastRuneInString(s)
	fmt.Printf("%q %d\n", r, size)
	b := utf8.AppendRune(nil, 'é')
	fmt.Println(b, utf8.Valid(b), utf8.RuneCount(b), utf8.FullRuneInString("\xe2\x98"))
	words := strings.FieldsFunc("one,two;;three", func(r rune) bool { return r == ',' || r == ';' })
	fmt.Println(words, len(words))
}
