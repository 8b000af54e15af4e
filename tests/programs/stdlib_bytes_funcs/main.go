// bytes from Go's sources: search, split, fields, trim, case mapping, replace, compare.
package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	s := []byte("  The quick brown fox jumps over the lazy dog  ")
	fmt.Println(bytes.Index(s, []byte("fox")), bytes.LastIndex(s, []byte("o")), bytes.IndexByte(s, 'q'))
	fmt.Println(bytes.Contains(s, []byte("lazy")), bytes.Count(s, []byte("o")), bytes.Count(s, nil))
	fmt.Printf("%q\n", bytes.Fields(s))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.SplitN([]byte("a,b,,c"), []byte(","), 2))
	fmt.Printf("%q\n", bytes.TrimSpace(s))
	fmt.Printf("%q\n", bytes.Trim([]byte("xxhixx"), "x"))
	fmt.Printf("%q %q\n", bytes.ToUpper([]byte("héllo")), bytes.ToLower([]byte("ÀB")))
	fmt.Printf("%q\n", bytes.Title([]byte("hello world")))
	fmt.Printf("%q\n", bytes.ReplaceAll([]byte("oink oink oink"), []byte("k"), []byte("ky")))
	fmt.Printf("%q\n", bytes.Replace([]byte("aaaa"), []byte("a"), []byte("b"), 2))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")), bytes.Compare(nil, []byte{}))
	fmt.Println(bytes.HasPrefix(s, []byte("  The")), bytes.HasSuffix(s, []byte("dog")), bytes.EqualFold([]byte("Go"), []byte("GO")))
	fmt.Printf("%q\n", bytes.Join([][]byte{[]byte("x"), []byte("y"), []byte("z")}, []byte("--")))
	fmt.Printf("%q\n", bytes.Repeat([]byte("ab"), 3))
	fmt.Printf("%q\n", bytes.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return -1
		}
		return r + 1
	}, []byte("aBcD")))
	fmt.Println(bytes.IndexFunc([]byte("abc123"), unicode.IsDigit), bytes.IndexAny([]byte("golang"), "ny"), bytes.IndexRune([]byte("chicken"), 'k'))
	before, after, found := bytes.Cut([]byte("key=value"), []byte("="))
	fmt.Printf("%q %q %v\n", before, after, found)
	fmt.Println(bytes.Index([]byte("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"), []byte("aaaaaaaab")))
	fmt.Println(bytes.Index([]byte("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxyz"), []byte("xyz")))
	fmt.Printf("%q\n", bytes.Runes([]byte("héllo")))
	r := bytes.NewReader([]byte("reader"))
	buf := make([]byte, 3)
	n, _ := r.Read(buf)
	fmt.Println(n, string(buf), r.Len(), r.Size())
}
