// Building strings from []byte and []rune, appending a string to a []byte.
package main

import "fmt"

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	fmt.Println(reverse("hello"), reverse("héllo, 世界"))
	b := []byte("abc")
	b = append(b, "def"...)
	b = append(b, '!')
	fmt.Println(string(b), len(b))
	up := []byte("shout")
	for i := range up {
		up[i] -= 'a' - 'A'
	}
	fmt.Println(string(up))
	s := "immutable"
	bs := []byte(s)
	bs[0] = 'I'
	fmt.Println(s, string(bs))
	fmt.Println(copy(bs, "XY"), string(bs))
	fmt.Printf("%s %q %x %X % x\n", b, "tab\t", "hi", []byte("hi"), "abc")
	fmt.Printf("%q %v %s\n", []string{"a", "b"}, []byte("A"), []rune("ok"))
}
