// io/fs over a file system the program implements itself (a map of names to contents, with
// its own File, FileInfo and DirEntry types): fs.WalkDir, fs.ReadDir (sorted, or through a
// ReadDirFS method), fs.Stat (Open+Stat, or a StatFS method), fs.ReadFile, FileInfoToDirEntry,
// PathError and its Timeout, and %T of what io/fs returns.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"
	"time"
)

type memFS map[string]string // name -> contents; a name ending in "/" is a directory

type info struct {
	name string
	size int64
	dir  bool
}

func (i info) Name() string       { return i.name }
func (i info) Size() int64        { return i.size }
func (i info) IsDir() bool        { return i.dir }
func (i info) ModTime() time.Time { return time.Time{} }
func (i info) Sys() any           { return nil }
func (i info) Mode() fs.FileMode {
	if i.dir {
		return fs.ModeDir | 0755
	}
	return 0644
}

type file struct {
	fsys memFS
	path string
	r    *strings.Reader
	dir  bool
	read bool
}

func (f *file) Stat() (fs.FileInfo, error) {
	base := f.path[strings.LastIndex(f.path, "/")+1:]
	return info{name: base, size: int64(len(f.fsys[f.key()])), dir: f.dir}, nil
}
func (f *file) key() string {
	if f.dir {
		return f.path + "/"
	}
	return f.path
}
func (f *file) Read(p []byte) (int, error) {
	if f.dir {
		return 0, &fs.PathError{Op: "read", Path: f.path, Err: errors.New("is a directory")}
	}
	return f.r.Read(p)
}
func (f *file) Close() error { fmt.Println("  close", f.path); return nil }
func (f *file) ReadDir(n int) ([]fs.DirEntry, error) {
	if f.read {
		return nil, io.EOF
	}
	f.read = true
	prefix := f.path + "/"
	if f.path == "." {
		prefix = ""
	}
	var out []fs.DirEntry
	seen := map[string]bool{}
	var names []string
	for k := range f.fsys {
		if strings.HasPrefix(k, prefix) && k != prefix {
			rest := k[len(prefix):]
			if i := strings.Index(rest, "/"); i >= 0 {
				rest = rest[:i+1]
			}
			if !seen[rest] {
				seen[rest] = true
				names = append(names, rest)
			}
		}
	}
	sort.Sort(sort.Reverse(sort.StringSlice(names))) // fs.ReadDir must sort them back
	for _, r := range names {
		isDir := strings.HasSuffix(r, "/")
		out = append(out, fs.FileInfoToDirEntry(info{name: strings.TrimSuffix(r, "/"), size: int64(len(f.fsys[prefix+r])), dir: isDir}))
	}
	return out, nil
}

func (m memFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	if name == "." {
		return &file{fsys: m, path: ".", dir: true}, nil
	}
	if s, ok := m[name]; ok {
		return &file{fsys: m, path: name, r: strings.NewReader(s)}, nil
	}
	if _, ok := m[name+"/"]; ok {
		return &file{fsys: m, path: name, dir: true}, nil
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}

// statFS answers Stat itself, and ReadDir too.
type statFS struct{ memFS }

func (s statFS) Stat(name string) (fs.FileInfo, error) {
	fmt.Println("  Stat method:", name)
	return info{name: "from-Stat-" + name}, nil
}
func (s statFS) ReadDir(name string) ([]fs.DirEntry, error) {
	fmt.Println("  ReadDir method:", name)
	return nil, errors.New("no listing")
}

type timeoutErr struct{}

func (timeoutErr) Error() string { return "timed out" }
func (timeoutErr) Timeout() bool { return true }

func main() {
	m := memFS{
		"a/":          "",
		"a/one.txt":   "1",
		"a/two.txt":   "22",
		"a/sub/":      "",
		"a/sub/x.txt": "xxx",
		"b.txt":       "hello from b",
		"c/":          "",
	}
	err := fs.WalkDir(m, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			fmt.Println("walk error:", p, err)
			return nil
		}
		i, _ := d.Info()
		fmt.Printf("%s %v %v %v %T\n", p, d.IsDir(), d.Type(), i.Size(), d)
		return nil
	})
	fmt.Println("WalkDir:", err)

	err = fs.WalkDir(m, "missing", func(p string, d fs.DirEntry, err error) error {
		fmt.Println("root error:", p, d == nil, err)
		return err
	})
	fmt.Printf("%v %T\n", err, err)

	list, err := fs.ReadDir(m, "a")
	for _, e := range list {
		fmt.Println(e.Name(), e.IsDir())
	}
	fmt.Println(err)
	data, err := fs.ReadFile(m, "b.txt")
	fmt.Printf("%q %v\n", data, err)
	_, err = fs.ReadFile(m, "a")
	fmt.Println(err)
	fi, err := fs.Stat(m, "a/two.txt")
	fmt.Println(fi.Name(), fi.Size(), fi.Mode(), err)
	_, err = fs.Stat(m, "/abs")
	fmt.Println(err, errors.Is(err, fs.ErrInvalid))

	s := statFS{m}
	fi, err = fs.Stat(s, "anything")
	fmt.Println(fi.Name(), err)
	_, err = fs.ReadDir(s, "a")
	fmt.Println(err)
	err = fs.WalkDir(s, "a", func(p string, d fs.DirEntry, err error) error {
		fmt.Println("visit", p, err)
		return fs.SkipDir
	})
	fmt.Println("WalkDir with SkipDir at the root:", err)

	fmt.Println(fs.FileInfoToDirEntry(nil) == nil)
	de := fs.FileInfoToDirEntry(info{name: "n", dir: true})
	fmt.Printf("%T %v %v\n", de, de.Name(), de.Type())

	pe := &fs.PathError{Op: "read", Path: "p", Err: timeoutErr{}}
	fmt.Println(pe, pe.Timeout(), pe.Unwrap())
	pe2 := &fs.PathError{Op: "read", Path: "p", Err: io.EOF}
	fmt.Println(pe2.Timeout(), errors.Is(pe2, io.EOF))
	var e error = pe
	var target *fs.PathError
	fmt.Println(errors.As(e, &target), target == pe)
}
