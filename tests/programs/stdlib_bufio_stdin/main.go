package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	fmt.Println(len(os.Args) >= 1)
	in := bufio.NewReader(os.Stdin)
	first, err := in.ReadString('\n')
	fmt.Printf("%q %v\n", first, err)
	sc := bufio.NewScanner(in)
	lines := 0
	words := 0
	for sc.Scan() {
		line := sc.Text()
		lines++
		words += len(strings.Fields(line))
		fmt.Printf("%d: %q\n", lines, line)
	}
	fmt.Println(lines, words, sc.Err())
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprintf(w, "buffered %d\n", 42)
	w.WriteString("done\n")
	ws := bufio.NewScanner(strings.NewReader("alpha beta  gamma\n delta"))
	_ = ws
	_, err = in.ReadString('\n')
	fmt.Fprintln(w, err == io.EOF)
}
