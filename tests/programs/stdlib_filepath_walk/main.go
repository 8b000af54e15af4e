// filepath.Walk and WalkDir, fs.WalkDir over os.DirFS, and os.ReadDir over a tree the program
// makes in a temporary directory: the order (lexical), SkipDir on a directory and on a file,
// an error returned by the walk function, a missing root, DirEntry and FileInfo of each entry.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"io/ioutil"
	"os"
	"path/filepath"
	"sort"
)

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func main() {
	root, err := os.MkdirTemp("", "walk-*")
	must(err)
	defer os.RemoveAll(root)

	for _, d := range []string{"b/sub/deep", "a", "c/skip/inner", "d"} {
		must(os.MkdirAll(filepath.Join(root, d), 0755))
	}
	for _, f := range []string{"z.txt", "a/1.go", "a/2.go", "b/x.txt", "b/sub/y.txt", "b/sub/deep/z.md",
		"c/skip/inner/hidden.txt", "c/keep.txt", "d/.dot"} {
		must(os.WriteFile(filepath.Join(root, f), []byte(f), 0644))
	}
	must(os.Symlink("a/1.go", filepath.Join(root, "link.go")))

	rel := func(p string) string {
		r, err := filepath.Rel(root, p)
		must(err)
		return r
	}

	fmt.Println("-- Walk")
	err = filepath.Walk(root, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		size := info.Size()
		if info.IsDir() {
			size = 0
		}
		name := info.Name()
		if rel(p) == "." {
			name = "(the temporary directory)"
		}
		fmt.Printf("%-26s %-5v %-11v name=%s size=%d\n", rel(p), info.IsDir(), info.Mode().Type(), name, size)
		if info.IsDir() && info.Name() == "skip" {
			return filepath.SkipDir
		}
		return nil
	})
	fmt.Println("Walk:", err)

	fmt.Println("-- WalkDir")
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fmt.Printf("%-26s dir=%-5v type=%v\n", rel(p), d.IsDir(), d.Type())
		if d.Name() == "x.txt" {
			return filepath.SkipDir // on a file: skips the rest of b
		}
		return nil
	})
	fmt.Println("WalkDir:", err)

	fmt.Println("-- WalkDir stops")
	stop := errors.New("stop here")
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		fmt.Println(rel(p))
		if d.Name() == "2.go" {
			return stop
		}
		return nil
	})
	fmt.Println("WalkDir:", err, err == stop)

	fmt.Println("-- missing root")
	err = filepath.Walk(filepath.Join(root, "nope"), func(p string, info os.FileInfo, err error) error {
		fmt.Println("called:", rel(p), info == nil, errors.Is(err, fs.ErrNotExist))
		return err
	})
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, rel(pe.Path), pe.Err)

	fmt.Println("-- fs.WalkDir(os.DirFS)")
	fsys := os.DirFS(root)
	err = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fmt.Println(p, d.IsDir())
		if p == "b/sub" {
			return fs.SkipDir
		}
		return nil
	})
	fmt.Println("fs.WalkDir:", err)
	_, err = fs.Stat(fsys, "../x")
	fmt.Println(err)
	data, err := fs.ReadFile(fsys, "b/sub/y.txt")
	fmt.Printf("%q %v\n", data, err)
	fmt.Println(fs.ValidPath("a/b"), fs.ValidPath("/a"), fs.ValidPath("a/../b"), fs.ValidPath("."), fs.ValidPath(""))

	fmt.Println("-- os.ReadDir")
	entries, err := os.ReadDir(root)
	for _, e := range entries {
		info, ierr := e.Info()
		fmt.Printf("%-8s %-5v %-11v %v %v\n", e.Name(), e.IsDir(), e.Type(), info.Name() == e.Name(), ierr)
	}
	fmt.Println(err)
	des, err := fs.ReadDir(fsys, "a")
	for _, e := range des {
		fmt.Println(e.Name(), e.Type().IsRegular())
	}
	fmt.Println(err)

	f, err := os.Open(filepath.Join(root, "b"))
	must(err)
	names, err := f.Readdirnames(-1)
	sort.Strings(names)
	fmt.Println(names, err)
	names, err = f.Readdirnames(1)
	fmt.Println(names, len(names), names == nil, err)
	must(f.Close())

	f, err = os.Open(filepath.Join(root, "a"))
	must(err)
	infos, err := f.Readdir(0)
	sort.Slice(infos, func(i, j int) bool { return infos[i].Name() < infos[j].Name() })
	for _, fi := range infos {
		fmt.Println(fi.Name(), fi.Size(), fi.Mode().IsRegular())
	}
	fmt.Println(err)
	must(f.Close())

	list, err := ioutil.ReadDir(filepath.Join(root, "b"))
	for _, fi := range list {
		fmt.Println("ioutil.ReadDir:", fi.Name(), fi.IsDir())
	}
	fmt.Println(err)

	_, err = os.ReadDir(filepath.Join(root, "z.txt"))
	fmt.Println(errors.As(err, &pe), pe.Op, rel(pe.Path), pe.Err)
	_, err = os.ReadDir(filepath.Join(root, "none"))
	fmt.Println(errors.Is(err, os.ErrNotExist), os.IsNotExist(err))
}
