package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "  Hello, World! héllo  "
	fmt.Println(strings.ToUpper(s), strings.ToLower(s), strings.TrimSpace(s))
	fmt.Printf("%q\n", strings.Fields(" a b\t c\n "))
	fmt.Printf("%q %q %q\n", strings.Split("a,b,,c", ","), strings.Split("abc", ""), strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q %q\n", strings.SplitAfter("a,b", ","), strings.Split("", ","))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Repeat("ab", 3), strings.Replace("aaaa", "a", "b", 2), strings.ReplaceAll("banana", "a", "o"))
	fmt.Println(strings.Contains("seafood", "foo"), strings.ContainsAny("hi", "xyz"), strings.ContainsRune("abc", 'b'), strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"), strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"), strings.IndexByte("abc", 'c'), strings.IndexRune("chicken", 'k'))
	fmt.Println(strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhi", "x"), strings.TrimRight("hixx", "x"), strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found, strings.EqualFold("Go", "GO"), strings.Title("hello world"), strings.Compare("a", "b"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		return r
	}, "banana"), strings.IndexFunc("abc1", unicode.IsDigit), strings.TrimFunc("123abc456", unicode.IsDigit))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%d,", i)
	}
	sb.WriteString("end")
	sb.WriteByte('!')
	sb.WriteRune('é')
	fmt.Println(sb.String(), sb.Len())
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c3", unicode.IsDigit))
	fmt.Println(strings.Replace("abc", "", "-", -1), strings.Index("abc", ""), strings.LastIndex("abc", ""))
}
