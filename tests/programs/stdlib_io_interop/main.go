// io with the other packages' readers and writers: os.Stdin and os.Stdout, strings.Reader,
// bytes.Buffer and bufio (translated from GOROOT), io/ioutil, and fmt writing to io.Writers.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"io/ioutil"
	"os"
	"path"
	"strings"
)

func main() {
	// bufio.Scanner on os.Stdin, then the rest of it through io.ReadAll.
	in := bufio.NewReader(os.Stdin)
	var rr io.RuneScanner = in
	r, size, err := rr.ReadRune()
	fmt.Println(string(r), size, err, rr.UnreadRune())
	sc := bufio.NewScanner(io.LimitReader(in, 23))
	for sc.Scan() {
		fmt.Printf("scanned %q\n", sc.Text())
	}
	rest, err := io.ReadAll(in)
	fmt.Printf("rest %q %v\n", rest, err)

	// io.Copy to os.Stdout from strings.Reader (WriteTo) and from a bufio.Reader (WriteTo).
	io.Copy(os.Stdout, strings.NewReader("copied to stdout\n"))
	io.Copy(os.Stdout, bufio.NewReader(strings.NewReader("through bufio\n")))
	io.WriteString(os.Stdout, "io.WriteString to os.Stdout\n")

	// bufio.Writer wrapping an io.MultiWriter of os.Stdout and a bytes.Buffer.
	var keep bytes.Buffer
	bw := bufio.NewWriter(io.MultiWriter(os.Stdout, &keep))
	fmt.Fprintf(bw, "buffered %d\n", 42)
	bw.Flush()
	fmt.Printf("kept %q\n", keep.String())

	// bytes.Buffer as io.ReaderFrom, io.WriterTo, io.ByteScanner.
	var b bytes.Buffer
	n, err := b.ReadFrom(io.MultiReader(strings.NewReader("ab"), strings.NewReader("cd")))
	fmt.Println(n, err, b.String())
	var bs io.ByteScanner = &b
	c, _ := bs.ReadByte()
	bs.UnreadByte()
	fmt.Println(string(c), b.String())
	var wt io.WriterTo = &b
	wt.WriteTo(os.Stdout)
	fmt.Println()

	// fmt.Fscan from an io.Reader.
	var x, y int
	fmt.Fscan(strings.NewReader("17 25"), &x, &y)
	fmt.Println(x + y)

	// strings.Reader's Seek and ReadAt through io's interfaces.
	sr := strings.NewReader("seekable text")
	var seeker io.Seeker = sr
	seeker.Seek(9, io.SeekStart)
	tail, _ := io.ReadAll(sr)
	fmt.Println(string(tail))
	sec := io.NewSectionReader(sr, 0, 8)
	head, _ := io.ReadAll(sec)
	fmt.Println(string(head))

	// A file written and read back through io and ioutil.
	dir, err := ioutil.TempDir("", "iotest")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	name := path.Join(dir, "f.txt")
	f, err := os.Create(name)
	if err != nil {
		fmt.Println(err)
		return
	}
	var wc io.WriteCloser = f
	io.Copy(wc, strings.NewReader("file contents\nline two\n"))
	fmt.Println(wc.Close())
	data, err := ioutil.ReadFile(name)
	fmt.Printf("%q %v\n", data, err)
	fmt.Println(ioutil.WriteFile(name, []byte("rewritten"), 0o644))
	f, _ = os.Open(name)
	var rc io.ReadCloser = f
	data, err = ioutil.ReadAll(rc)
	fmt.Printf("%q %v %v\n", data, err, rc.Close())
	fmt.Println(ioutil.Discard == io.Discard)
	rc = ioutil.NopCloser(strings.NewReader("x"))
	fmt.Printf("%T\n", rc)
}
