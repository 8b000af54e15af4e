// os.Stat, Lstat, File.Stat and fs.FileMode as Go prints them, with the permissions set by
// os.Chmod (so the umask does not matter); os's errors (*fs.PathError, *os.LinkError wrapping
// syscall.Errno) for missing files, links, Rename, Readlink, Truncate, Chdir; the program works
// in its temporary directory (os.Chdir) so every name it prints is relative.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func show(name string, fi os.FileInfo, err error) {
	if err != nil {
		fmt.Printf("%s: error %v\n", name, err)
		return
	}
	size := fi.Size()
	if fi.IsDir() {
		size = -1 // the file system's
	}
	fmt.Printf("%s: name=%s mode=%v perm=%v dir=%v regular=%v size=%d\n", name, fi.Name(), fi.Mode(),
		fi.Mode().Perm(), fi.IsDir(), fi.Mode().IsRegular(), size)
}

func main() {
	root, err := os.MkdirTemp("", "stat-*")
	must(err)
	defer os.RemoveAll(root)
	must(os.Chdir(root))

	must(os.WriteFile("file.txt", []byte("hello, world\n"), 0600))
	must(os.Chmod("file.txt", 0644))
	must(os.Mkdir("dir", 0700))
	must(os.Chmod("dir", 0750))
	must(os.Symlink("file.txt", "link"))
	must(os.Symlink("missing", "dangling"))
	must(os.WriteFile("exec.sh", nil, 0600))
	must(os.Chmod("exec.sh", 0755|os.ModeSetuid|os.ModeSticky))

	for _, n := range []string{"file.txt", "dir", "link", "dangling", "exec.sh", "nope", "file.txt/x", "dir/"} {
		fi, err := os.Stat(n)
		show("stat "+n, fi, err)
		fi, err = os.Lstat(n)
		show("lstat "+n, fi, err)
	}

	// FileMode values and their formatting.
	modes := []fs.FileMode{0, 0644, 0755 | fs.ModeDir, fs.ModeSymlink | 0777, fs.ModeDevice | fs.ModeCharDevice | 0620,
		fs.ModeNamedPipe | 0600, fs.ModeSocket, fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky | 0777,
		fs.ModeAppend | fs.ModeExclusive | fs.ModeTemporary | fs.ModeIrregular, ^fs.FileMode(0)}
	for _, m := range modes {
		fmt.Printf("%-14v %s %d %o %v %v %v %v\n", m, m.String(), m, m, m.IsDir(), m.IsRegular(), m.Perm(), m.Type())
	}
	fmt.Printf("%T %T %v %v %v\n", os.ModeDir, fs.ModePerm, os.ModePerm, os.ModeType, fs.ModeDir|0750)
	var anyMode interface{} = os.FileMode(0640)
	if s, ok := anyMode.(fmt.Stringer); ok {
		fmt.Println("Stringer:", s.String())
	}

	f, err := os.Open("file.txt")
	must(err)
	fi, err := f.Stat()
	show("File.Stat", fi, err)
	fi2, _ := os.Stat("link")
	fi3, _ := os.Stat("dir")
	fmt.Println("SameFile:", os.SameFile(fi, fi2), os.SameFile(fi, fi3))
	st, ok := fi.Sys().(*syscall.Stat_t)
	fmt.Printf("%T %v %v %v %v\n", fi.Sys(), ok, st.Mode&0777 == uint32(fi.Mode().Perm()), st.Size, st.Nlink)
	sec, _ := st.Mtim.Unix()
	fmt.Println(sec == fi.ModTime().Unix(), st.Mtim.Nano() == fi.ModTime().UnixNano())
	must(f.Close())
	_, err = f.Stat()
	fmt.Println("closed:", err)

	// Errors.
	_, err = os.Stat("nope")
	var pe *fs.PathError
	fmt.Printf("%T %v %v %v %v\n", err, errors.As(err, &pe), errors.Is(err, fs.ErrNotExist), os.IsNotExist(err), os.IsExist(err))
	fmt.Printf("%T %q %q %v %d\n", pe.Err, pe.Op, pe.Path, pe.Err == syscall.ENOENT, pe.Err.(syscall.Errno))
	var ope *os.PathError = pe
	fmt.Println(ope.Error())
	err = os.Symlink("file.txt", "link")
	var le *os.LinkError
	fmt.Printf("%T %v %v %v\n", err, err, errors.As(err, &le), os.IsExist(err))
	fmt.Println(le.Op, le.Old, le.New, le.Err)
	fmt.Println(os.Link("nope", "x"))
	fmt.Println(os.Rename("file.txt", "dir"))
	fmt.Println(os.Rename("nope", "dir"))
	fmt.Println(os.Rename("nope", "other"))
	must(os.Rename("file.txt", "renamed.txt"))
	must(os.Link("renamed.txt", "hard.txt"))
	a, _ := os.Stat("renamed.txt")
	b, _ := os.Stat("hard.txt")
	fmt.Println("hard link:", os.SameFile(a, b))
	s, err := os.Readlink("link")
	fmt.Printf("%q %v\n", s, err)
	_, err = os.Readlink("renamed.txt")
	fmt.Println(err)
	fmt.Println(os.Truncate("renamed.txt", 5), os.Truncate("nope", 1))
	data, _ := os.ReadFile("hard.txt")
	fmt.Printf("%q\n", data)
	fmt.Println(os.Chmod("nope", 0600))
	fmt.Println(os.Chdir("nope"))
	fmt.Println(os.Remove("nope"))
	fmt.Println(syscall.ENOTDIR, syscall.EEXIST.Error(), syscall.Errno(0), syscall.Errno(1000), syscall.EACCES.Is(fs.ErrPermission))
	fmt.Println(fs.ErrInvalid, fs.ErrPermission, fs.ErrExist, fs.ErrNotExist, fs.ErrClosed, os.ErrInvalid == fs.ErrInvalid)

	wd, err := os.Getwd()
	must(err)
	must(os.Chdir("dir"))
	wd2, err := os.Getwd()
	must(err)
	fmt.Println(wd2 == wd+"/dir", err)
}
