// Package regexp translated from GOROOT (with regexp/syntax): matching, finding, replacing,
// submatches, named groups, splitting, the one-pass and backtracking matchers, and compile
// errors with Go's messages.
package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`a(b+)c`)
	fmt.Println(re.MatchString("xabbbcx"), re.MatchString("ac"))
	fmt.Println(re.String(), re.NumSubexp())

	words := regexp.MustCompile(`\w+`)
	fmt.Printf("%q\n", words.FindAllString("the quick  brown fox", -1))
	fmt.Printf("%q\n", words.FindAllString("the quick  brown fox", 2))
	fmt.Println(words.FindStringIndex("  hello"))

	// Submatches.
	date := regexp.MustCompile(`(\d{4})-(\d{2})-(\d{2})`)
	fmt.Printf("%q\n", date.FindStringSubmatch("due 2022-08-02, paid 2022-09-15"))
	fmt.Printf("%q\n", date.FindAllStringSubmatch("due 2022-08-02, paid 2022-09-15", -1))
	fmt.Println(date.FindAllStringSubmatchIndex("x 2001-01-01", -1))

	// Named groups.
	kv := regexp.MustCompile(`(?P<key>[a-z]+)=(?P<value>\d+)`)
	fmt.Printf("%q\n", kv.SubexpNames())
	m := kv.FindStringSubmatch("size=42")
	for i, name := range kv.SubexpNames() {
		if name != "" {
			fmt.Printf("%s: %s\n", name, m[i])
		}
	}
	fmt.Println(kv.SubexpIndex("value"))

	// Replacing.
	fmt.Println(date.ReplaceAllString("on 2022-08-02", "$3/$2/$1"))
	fmt.Println(kv.ReplaceAllString("a=1 b=2", "${value}:${key}"))
	fmt.Println(words.ReplaceAllStringFunc("go is fun", strings.ToUpper))
	fmt.Println(regexp.MustCompile(`a+`).ReplaceAllLiteralString("baaac", "$1"))
	fmt.Println(string(regexp.MustCompile(`o`).ReplaceAll([]byte("foo"), []byte("0"))))

	// Expand with a template.
	var out []byte
	for _, sm := range kv.FindAllStringSubmatchIndex("x=1 y=22", -1) {
		out = kv.ExpandString(out, "$key->$value;", "x=1 y=22", sm)
	}
	fmt.Println(string(out))

	// Split, QuoteMeta, Longest, anchors, flags, Unicode classes.
	fmt.Printf("%q\n", regexp.MustCompile(`\s*,\s*`).Split("a , b,c ,d", -1))
	fmt.Println(regexp.QuoteMeta("1+1=2? [yes]"))
	lazy := regexp.MustCompile(`a+?`)
	fmt.Println(lazy.FindString("aaa"))
	lazy.Longest()
	fmt.Println(lazy.FindString("aaa"))
	fmt.Println(regexp.MustCompile(`(?i)^hello$`).MatchString("HeLLo"))
	fmt.Println(regexp.MustCompile(`(?m)^\w+$`).FindAllString("one\ntwo words\nthree", -1))
	fmt.Println(regexp.MustCompile(`\p{Greek}+`).FindString("abc αβγ def"))
	fmt.Println(regexp.MustCompile(`[[:upper:]]{2,}`).FindAllString("ABc DEF gH", -1))
	ok, err := regexp.MatchString(`^[a-z]+\[[0-9]+\]$`, "adam[23]")
	fmt.Println(ok, err)
	fmt.Println(regexp.MustCompile(`(a|ab)(c|bcd)(d*)`).FindStringSubmatch("abcd"))
	fmt.Println(regexp.MustCompile(`x*`).ReplaceAllString("abc", "-"))
	fmt.Println(regexp.MustCompile(`^(\d+)\.(\d+)$`).MatchReader(strings.NewReader("3.14")))

	// Compile errors.
	for _, expr := range []string{`a(b`, `a**`, `[z-a]`, `(?P<n>a)(?P<n>b)`, `\8`, `x{1001}`} {
		_, err := regexp.Compile(expr)
		fmt.Println(err)
	}
	defer func() { fmt.Println("panic:", recover()) }()
	regexp.MustCompile(`(`)
}
