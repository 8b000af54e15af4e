// io's readers: ReadFull, ReadAtLeast, ReadAll, LimitReader, SectionReader, TeeReader,
// MultiReader, MultiWriter, NopCloser, and the interfaces they satisfy.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// oneByte returns at most one byte per Read.
type oneByte struct{ r io.Reader }

func (o *oneByte) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	return o.r.Read(p[:1])
}

// dataEOF returns its data together with io.EOF.
type dataEOF struct{ s string }

func (d *dataEOF) Read(p []byte) (int, error) {
	n := copy(p, d.s)
	d.s = d.s[n:]
	return n, io.EOF
}

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 0, errors.New("write failed") }

func main() {
	// ReadFull / ReadAtLeast.
	buf := make([]byte, 5)
	n, err := io.ReadFull(&oneByte{strings.NewReader("abcdefg")}, buf)
	fmt.Println(n, err, string(buf[:n]))
	n, err = io.ReadFull(strings.NewReader("abc"), buf)
	fmt.Println(n, err, err == io.ErrUnexpectedEOF)
	n, err = io.ReadFull(strings.NewReader(""), buf)
	fmt.Println(n, err, err == io.EOF)
	n, err = io.ReadAtLeast(strings.NewReader("abcdef"), buf, 2)
	fmt.Println(n, err, string(buf[:n]))
	n, err = io.ReadAtLeast(strings.NewReader("abcdef"), buf, 6)
	fmt.Println(n, err, err == io.ErrShortBuffer)
	n, err = io.ReadAtLeast(&dataEOF{"xyz"}, buf, 3)
	fmt.Println(n, err)

	// ReadAll: large input grows the buffer; a reader's own error comes back with the data.
	all, err := io.ReadAll(strings.NewReader(strings.Repeat("0123456789", 1000)))
	fmt.Println(len(all), err, string(all[9990:]))
	all, err = io.ReadAll(&dataEOF{"short"})
	fmt.Println(string(all), err)
	all, err = io.ReadAll(io.MultiReader(strings.NewReader("a"), errReader{}))
	fmt.Println(string(all), err)
	all, err = io.ReadAll(strings.NewReader(""))
	fmt.Println(len(all), all != nil, err)

	// LimitReader / LimitedReader.
	lr := io.LimitReader(strings.NewReader("limited reader"), 7)
	all, _ = io.ReadAll(lr)
	fmt.Printf("%q %T\n", all, lr)
	l := &io.LimitedReader{R: strings.NewReader("abc"), N: 10}
	all, _ = io.ReadAll(l)
	fmt.Printf("%q %d %+v\n", all, l.N, *l == io.LimitedReader{R: l.R, N: 7})

	// SectionReader: Read, ReadAt, Seek, Size.
	s := io.NewSectionReader(strings.NewReader("0123456789abcdef"), 4, 8)
	fmt.Println(s.Size())
	all, _ = io.ReadAll(s)
	fmt.Println(string(all))
	pos, err := s.Seek(2, io.SeekStart)
	fmt.Println(pos, err)
	n, err = s.Read(buf[:3])
	fmt.Println(n, err, string(buf[:n]))
	pos, err = s.Seek(-1, io.SeekCurrent)
	fmt.Println(pos, err)
	pos, err = s.Seek(-3, io.SeekEnd)
	fmt.Println(pos, err)
	all, _ = io.ReadAll(s)
	fmt.Println(string(all))
	pos, err = s.Seek(-1, io.SeekStart)
	fmt.Println(pos, err)
	pos, err = s.Seek(0, 7)
	fmt.Println(pos, err)
	n, err = s.ReadAt(buf, 1)
	fmt.Println(n, err, string(buf[:n]))
	n, err = s.ReadAt(buf, 6)
	fmt.Println(n, err, string(buf[:n]))
	n, err = s.ReadAt(buf, 8)
	fmt.Println(n, err)
	n, err = s.ReadAt(buf[:2], 0)
	fmt.Println(n, err, string(buf[:n]))
	var rs io.ReadSeeker = s
	var ra io.ReaderAt = s
	_, isWT := rs.(io.WriterTo)
	fmt.Printf("%T %T %v\n", rs, ra, isWT)
	big := io.NewSectionReader(strings.NewReader("xy"), 1, 1<<63-1)
	fmt.Println(big.Size())

	// TeeReader copies what is read.
	var seen bytes.Buffer
	tr := io.TeeReader(strings.NewReader("tee reader"), &seen)
	all, err = io.ReadAll(tr)
	fmt.Println(string(all), err, seen.String())
	tr = io.TeeReader(strings.NewReader("tee"), failWriter{})
	n, err = tr.Read(buf)
	fmt.Println(n, err)
	fmt.Printf("%T\n", tr)

	// MultiReader: readers in turn, one EOF at the end; nested ones flatten.
	mr := io.MultiReader(strings.NewReader("one "), &oneByte{strings.NewReader("two ")},
		strings.NewReader(""), strings.NewReader("three"))
	all, err = io.ReadAll(mr)
	fmt.Println(string(all), err)
	n, err = mr.Read(buf)
	fmt.Println(n, err)
	nested := io.MultiReader(strings.NewReader("a"), io.MultiReader(strings.NewReader("b"), strings.NewReader("c")))
	var out bytes.Buffer
	m, err := io.Copy(onlyWriter{&out}, nested) // through multiReader.WriteTo
	fmt.Println(m, err, out.String())
	readers := []io.Reader{strings.NewReader("x"), strings.NewReader("y")}
	all, _ = io.ReadAll(io.MultiReader(readers...))
	fmt.Println(string(all))
	all, err = io.ReadAll(io.MultiReader())
	fmt.Println(len(all), err)
	fmt.Printf("%T\n", mr)

	// MultiWriter: every writer gets everything; WriteString goes through each.
	var a, b bytes.Buffer
	mw := io.MultiWriter(&a, onlyWriter{&b})
	fmt.Fprintf(mw, "to %s", "both")
	io.WriteString(mw, "!")
	fmt.Println(a.String(), b.String())
	mw2 := io.MultiWriter(mw, io.Discard)
	m2, err := mw2.Write([]byte("+"))
	fmt.Println(m2, err, a.String(), b.String())
	_, err = io.MultiWriter(&a, failWriter{}, &b).Write([]byte("?"))
	fmt.Println(err, a.String(), b.String())
	writers := []io.Writer{&a, &b}
	io.MultiWriter(writers...).Write([]byte("#"))
	fmt.Println(a.String(), b.String())
	fmt.Printf("%T\n", mw)

	// NopCloser keeps WriterTo only when the reader has it.
	rc := io.NopCloser(strings.NewReader("nop"))
	_, wt := rc.(io.WriterTo)
	fmt.Printf("%T %v %v\n", rc, rc.Close(), wt)
	rc = io.NopCloser(&oneByte{strings.NewReader("nop")})
	_, wt = rc.(io.WriterTo)
	fmt.Printf("%T %v %v\n", rc, rc.Close(), wt)
	out.Reset()
	io.Copy(&out, io.NopCloser(strings.NewReader("copied")))
	fmt.Println(out.String())

	// Interfaces of the translated packages' types.
	var _ io.ReadWriter = &bytes.Buffer{}
	var _ io.ByteScanner = strings.NewReader("")
	var _ io.RuneScanner = strings.NewReader("")
	var _ io.ByteWriter = &bytes.Buffer{}
	var _ io.ReadSeeker = strings.NewReader("")
	var rr io.RuneReader = strings.NewReader("héllo")
	for {
		r, size, err := rr.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Print(string(r), size, " ")
	}
}

type errReader struct{}

func (errReader) Read(p []byte) (int, error) { return 0, errors.New("read failed") }

type onlyWriter struct{ w io.Writer }

func (o onlyWriter) Write(p []byte) (int, error) { return o.w.Write(p) }
