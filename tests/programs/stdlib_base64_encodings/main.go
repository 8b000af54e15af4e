// encoding/base64 from Go's sources: the four encodings, padding, errors, and a custom one.
package main

import (
	"encoding/base64"
	"fmt"
)

func main() {
	data := []byte("any carnal pleas\xfb\xff")
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding} {
		s := enc.EncodeToString(data)
		back, err := enc.DecodeString(s)
		fmt.Println(s, enc.EncodedLen(len(data)), string(back) == string(data), err)
	}
	for _, s := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar"} {
		fmt.Printf("%q ", base64.StdEncoding.EncodeToString([]byte(s)))
	}
	fmt.Println()
	_, err := base64.StdEncoding.DecodeString("Zm9v!mFy")
	fmt.Println(err)
	_, err = base64.StdEncoding.DecodeString("Zm9vYg=")
	fmt.Println(err)
	b, err := base64.StdEncoding.DecodeString("Zm9v\nYmFy")
	fmt.Println(string(b), err)
	custom := base64.NewEncoding("ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlkjihgfedcba9876543210+/").WithPadding('*')
	c := custom.EncodeToString([]byte("hi!?"))
	d, err := custom.DecodeString(c)
	fmt.Println(c, string(d), err)
	strict := base64.StdEncoding.Strict()
	_, err = strict.DecodeString("Zm9vYh==")
	fmt.Println(err)
}
