// html from Go's sources: EscapeString and UnescapeString with named and numeric entities.
package main

import (
	"fmt"
	"html"
)

func main() {
	s := `<a href="x?a=1&b=2">Tom's "quote"</a>`
	e := html.EscapeString(s)
	fmt.Println(e)
	fmt.Println(html.UnescapeString(e) == s)
	for _, in := range []string{"&amp;&lt;&gt;", "&eacute;t&eacute;", "&#65;&#x42;&#67", "&notit; &notin;", "&bogus; &", "&#0; &#xD800;"} {
		fmt.Printf("%q\n", html.UnescapeString(in))
	}
}
