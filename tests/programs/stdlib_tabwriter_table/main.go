// text/tabwriter from Go's sources: aligned columns, right alignment, debug bars, and escapes.
package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "name\tqty\tprice\t")
	fmt.Fprintln(w, "apple\t3\t1.25\t")
	fmt.Fprintln(w, "watermelon\t12\t0.5\t")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 5, 0, 2, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "aaaa\tbbbbbbb\tc")
	fmt.Fprintln(w, "x\t\ty")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 4, 0, '\t', tabwriter.TabIndent)
	fmt.Fprintln(w, "\tindented\tcol")
	fmt.Fprintln(w, "\tmore\tcol2")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, '-', tabwriter.StripEscape|tabwriter.DiscardEmptyColumns)
	fmt.Fprintln(w, "k\xff\tescaped\xff\tv")
	fmt.Fprintln(w, "key\t\tvalue")
	w.Flush()
}
