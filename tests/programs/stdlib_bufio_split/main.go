package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

func main() {
	ws := bufio.NewScanner(strings.NewReader("alpha beta  gamma\n\tdelta é"))
	ws.Split(bufio.ScanWords)
	var words []string
	for ws.Scan() {
		words = append(words, ws.Text())
	}
	fmt.Printf("%q\n", words)
	rs := bufio.NewScanner(strings.NewReader("añ\xffb"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Printf("%q ", rs.Text())
	}
	fmt.Println()
	long := strings.Repeat("x", 70000)
	ls := bufio.NewScanner(strings.NewReader("short\n" + long + "\nafter"))
	for ls.Scan() {
		fmt.Println(len(ls.Text()))
	}
	fmt.Println(ls.Err())
	big := bufio.NewScanner(strings.NewReader(long + "\nend"))
	big.Buffer(make([]byte, 100), 100000)
	for big.Scan() {
		fmt.Println(len(big.Bytes()))
	}
	r := bufio.NewReader(strings.NewReader("héllo\nworld"))
	for {
		c, size, err := r.ReadRune()
		if err == io.EOF {
			break
		}
		fmt.Print(string(c), size, " ")
	}
	fmt.Println()
	var sb strings.Builder
	w := bufio.NewWriter(&sb)
	fmt.Fprintf(w, "%05d|", 42)
	w.WriteRune('€')
	w.WriteByte('!')
	fmt.Println(sb.Len(), w.Buffered())
	w.Flush()
	fmt.Println(sb.String(), w.Buffered())
}
