// io.Pipe between goroutines: writes block until read (a large write goes out in pieces the
// reader's buffer size), Close gives the reader EOF, CloseWithError passes an error to the other
// side, and operations on a closed side give ErrClosedPipe.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
)

func main() {
	// A writer goroutine and a bufio.Scanner reading lines.
	pr, pw := io.Pipe()
	go func() {
		for i := 1; i <= 3; i++ {
			fmt.Fprintf(pw, "line %d\n", i)
		}
		pw.Close()
	}()
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		fmt.Println("got:", sc.Text())
	}
	fmt.Println("scan err:", sc.Err())

	// One write of 10 bytes, read 4 at a time: the writer gets back only when all is read.
	pr, pw = io.Pipe()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		n, err := pw.Write([]byte("0123456789"))
		fmt.Println("write returned", n, err)
		pw.CloseWithError(errors.New("writer is done"))
	}()
	buf := make([]byte, 4)
	for {
		n, err := pr.Read(buf)
		fmt.Printf("read %d %q %v\n", n, buf[:n], err)
		if err != nil {
			break
		}
	}
	wg.Wait()
	n, err := pr.Read(buf)
	fmt.Println(n, err)

	// The reader closes first: the blocked writer gets the reader's error.
	pr, pw = io.Pipe()
	done := make(chan bool)
	go func() {
		n, err := pw.Write([]byte("never read"))
		fmt.Println("writer:", n, err)
		n, err = pw.Write([]byte("again"))
		fmt.Println("writer:", n, err)
		done <- true
	}()
	pr.CloseWithError(errors.New("reader gave up"))
	<-done

	// Closed with nil: ErrClosedPipe for the writer, EOF for the reader.
	pr, pw = io.Pipe()
	pr.Close()
	n, err = pw.Write([]byte("x"))
	fmt.Println(n, err, err == io.ErrClosedPipe)
	n, err = pr.Read(buf)
	fmt.Println(n, err)
	pr, pw = io.Pipe()
	pw.Close()
	n, err = pr.Read(buf)
	fmt.Println(n, err)
	n, err = pw.Write([]byte("x"))
	fmt.Println(n, err)
	fmt.Println(pw.Close(), pr.Close())

	// io.Copy into a pipe, ReadAll out of it.
	pr, pw = io.Pipe()
	go func() {
		n, err := io.Copy(pw, strings.NewReader(strings.Repeat("abc", 20000)))
		fmt.Println("copied", n, err)
		pw.Close()
	}()
	all, err := io.ReadAll(pr)
	fmt.Println(len(all), err, string(all[:6]))

	// An empty write still waits for a reader.
	pr, pw = io.Pipe()
	go func() {
		n, err := pw.Write(nil)
		fmt.Println("empty write:", n, err)
		pw.Close()
	}()
	n, err = pr.Read(buf)
	fmt.Println("empty read:", n, err)
	n, err = pr.Read(buf)
	fmt.Println(n, err)

	fmt.Printf("%T %T\n", pr, pw)
	var _ io.ReadCloser = pr
	var _ io.WriteCloser = pw
}
