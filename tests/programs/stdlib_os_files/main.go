// Files in a temporary directory: os.MkdirTemp, os.WriteFile and os.ReadFile, os.Create with
// Write and Close, os.Open reading back, os.Stat-free existence checks through the error,
// os.Remove and os.RemoveAll, and the *PathError a missing file gives.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "go2cpp-test-*")
	if err != nil {
		fmt.Println("mkdirtemp:", err)
		return
	}
	defer os.RemoveAll(dir)
	fmt.Println(strings.HasPrefix(dir[strings.LastIndex(dir, "/")+1:], "go2cpp-test-"))

	p := dir + "/notes.txt"
	if err := os.WriteFile(p, []byte("first line\nsecond line\n"), 0o644); err != nil {
		fmt.Println("write:", err)
	}
	data, err := os.ReadFile(p)
	fmt.Printf("%q %v\n", data, err)

	f, err := os.Create(dir + "/out.log")
	if err != nil {
		fmt.Println("create:", err)
		return
	}
	fmt.Fprintf(f, "count=%d\n", 3)
	f.WriteString("done\n")
	f.Write([]byte{'!', '\n'})
	fmt.Println(f.Close())
	f, err = os.Open(dir + "/out.log")
	if err != nil {
		fmt.Println("open:", err)
		return
	}
	buf := make([]byte, 4)
	var all []byte
	for {
		n, err := f.Read(buf)
		all = append(all, buf[:n]...)
		if err == io.EOF {
			break
		}
	}
	f.Close()
	fmt.Printf("%q\n", all)

	_, err = os.ReadFile(dir + "/missing.txt")
	fmt.Println(errors.Is(err, os.ErrNotExist), strings.Replace(err.Error(), dir, "DIR", 1))
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Path[len(dir)+1:], pe.Err)
	}
	fmt.Println(os.Remove(p), os.Remove(p) != nil)
	tmp, err := os.CreateTemp(dir, "scratch-*.dat")
	fmt.Println(err, strings.HasSuffix(tmp.Name(), ".dat"))
	tmp.Close()
}
