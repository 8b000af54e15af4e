// io.Copy, CopyN and CopyBuffer: the WriterTo and ReaderFrom fast paths, the buffer sizes the
// plain loop reads with (32 KiB, or a *LimitedReader's N), short and invalid writes, and
// CopyBuffer's panic on an empty buffer.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// plainReader has neither WriteTo nor anything but Read, and reports each call's buffer size.
type plainReader struct {
	data  []byte
	sizes []int
}

func (r *plainReader) Read(p []byte) (int, error) {
	r.sizes = append(r.sizes, len(p))
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

// chunkWriter accepts at most max bytes per call; short and liar misbehave on purpose.
type chunkWriter struct {
	buf   bytes.Buffer
	short bool
	liar  bool
	calls int
}

func (w *chunkWriter) Write(p []byte) (int, error) {
	w.calls++
	if w.liar {
		return len(p) + 1, nil
	}
	if w.short && len(p) > 2 {
		w.buf.Write(p[:2])
		return 2, nil
	}
	return w.buf.Write(p)
}

type errReader struct{ err error }

func (r errReader) Read(p []byte) (int, error) { return 0, r.err }

// onlyWriter hides bytes.Buffer's ReadFrom.
type onlyWriter struct{ w io.Writer }

func (o onlyWriter) Write(p []byte) (int, error) { return o.w.Write(p) }

func main() {
	// Fast path: strings.Reader implements WriterTo.
	n, err := io.Copy(os.Stdout, strings.NewReader("hello from strings.Reader\n"))
	fmt.Println(n, err)

	// Fast path: *bytes.Buffer implements ReaderFrom.
	var buf bytes.Buffer
	pr := &plainReader{data: []byte("into a bytes.Buffer")}
	n, err = io.Copy(&buf, pr)
	fmt.Println(n, err, buf.String(), len(pr.sizes) > 0)

	// The plain loop: 32 KiB buffer.
	pr = &plainReader{data: []byte("plain loop")}
	var cw chunkWriter
	n, err = io.Copy(onlyWriter{&cw}, pr)
	fmt.Println(n, err, cw.buf.String(), pr.sizes)

	// A *LimitedReader source sizes the buffer by N.
	pr = &plainReader{data: []byte("abcdefghij")}
	cw = chunkWriter{}
	n, err = io.Copy(onlyWriter{&cw}, &io.LimitedReader{R: pr, N: 4})
	fmt.Println(n, err, cw.buf.String(), pr.sizes)
	pr = &plainReader{data: []byte("abc")}
	n, err = io.Copy(onlyWriter{&cw}, &io.LimitedReader{R: pr, N: 0})
	fmt.Println(n, err, pr.sizes)

	// CopyN: exactly n, or EOF when the source runs out.
	buf.Reset()
	n, err = io.CopyN(&buf, strings.NewReader("0123456789"), 4)
	fmt.Println(n, err, buf.String())
	buf.Reset()
	n, err = io.CopyN(&buf, strings.NewReader("012"), 10)
	fmt.Println(n, err, err == io.EOF, buf.String())

	// CopyBuffer with a 3-byte buffer through the plain loop.
	pr = &plainReader{data: []byte("buffered copy")}
	cw = chunkWriter{}
	n, err = io.CopyBuffer(onlyWriter{&cw}, pr, make([]byte, 3))
	fmt.Println(n, err, cw.buf.String(), pr.sizes, cw.calls)

	// Short write: ErrShortWrite.
	cw = chunkWriter{short: true}
	n, err = io.Copy(onlyWriter{&cw}, &plainReader{data: []byte("truncated")})
	fmt.Println(n, err, err == io.ErrShortWrite, cw.buf.String())

	// A writer claiming more than it was given: "invalid write result".
	cw = chunkWriter{liar: true}
	n, err = io.Copy(onlyWriter{&cw}, &plainReader{data: []byte("liar")})
	fmt.Println(n, err)

	// A reader's error other than EOF comes back.
	boom := errors.New("boom")
	n, err = io.Copy(io.Discard, errReader{boom})
	fmt.Println(n, err, err == boom)
	n, err = io.Copy(onlyWriter{&cw}, errReader{boom})
	fmt.Println(n, err == boom)

	// io.Discard takes everything (through its ReadFrom).
	n, err = io.Copy(io.Discard, strings.NewReader(strings.Repeat("x", 100000)))
	fmt.Println(n, err)
	n, err = io.Copy(io.Discard, &plainReader{data: make([]byte, 20000)})
	fmt.Println(n, err)
	m, err := io.Discard.Write([]byte("abc"))
	fmt.Println(m, err)
	m, err = io.WriteString(io.Discard, "abcd")
	fmt.Println(m, err)
	fmt.Printf("%T %v\n", io.Discard, io.Discard == io.Discard)

	// CopyBuffer with an empty, non-nil buffer panics.
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	io.CopyBuffer(io.Discard, onlyReader{strings.NewReader("x")}, make([]byte, 0))
}

type onlyReader struct{ r io.Reader }

func (o onlyReader) Read(p []byte) (int, error) { return o.r.Read(p) }
