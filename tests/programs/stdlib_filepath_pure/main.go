// path/filepath from Go's sources, the functions that do not touch the file system: Clean,
// Join, Split, Base, Dir, Ext, IsAbs, VolumeName, SplitList, ToSlash/FromSlash, Match (with
// ErrBadPattern), Rel (with its error), HasPrefix, and the os constants they use.
package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	paths := []string{"", ".", "..", "/", "//", "a", "a/", "/a/b/", "a//b", "a/./b", "a/../b",
		"a/b/../../..", "/../a", "../../a/b/..", "abc/def/ghi.txt", "/x/y.tar.gz", ".hidden",
		"a/b.c/d", "./a", "a/b/c/./../d/", "///a///b///"}
	for _, p := range paths {
		dir, file := filepath.Split(p)
		fmt.Printf("%-18q clean=%-14q base=%-10q dir=%-10q ext=%-8q split=(%q,%q) abs=%v vol=%q\n",
			p, filepath.Clean(p), filepath.Base(p), filepath.Dir(p), filepath.Ext(p), dir, file,
			filepath.IsAbs(p), filepath.VolumeName(p))
	}

	fmt.Println(filepath.Join("a", "b", "c"), filepath.Join("a", "", "c"), filepath.Join("", ""),
		filepath.Join("/", "x", "../y"), filepath.Join("a/", "/b/"), filepath.Join())
	fmt.Printf("%q %q %q\n", filepath.SplitList("/usr/bin:/bin::/opt"), filepath.SplitList(""),
		filepath.SplitList("single"))
	fmt.Println(filepath.ToSlash("a/b/c"), filepath.FromSlash("a/b/c"), filepath.HasPrefix("/a/b", "/a"))
	fmt.Println(string(filepath.Separator), string(filepath.ListSeparator), os.PathSeparator, os.PathListSeparator,
		os.IsPathSeparator('/'), os.IsPathSeparator('\\'))

	type rel struct{ base, targ string }
	for _, r := range []rel{{"a/b", "a/b"}, {"a/b", "a/b/c/d"}, {"a/b/c", "a/d"}, {"/a", "/a/b/../c"},
		{"/", "/x/y"}, {"a", "../b"}, {"../a", "b"}, {"/a", "b"}, {"a/b", "a/bc"}, {".", "a/b"},
		{"a/b/../c", "a/x"}} {
		s, err := filepath.Rel(r.base, r.targ)
		fmt.Printf("Rel(%q, %q) = %q, %v\n", r.base, r.targ, s, err)
	}

	type m struct{ pat, name string }
	for _, c := range []m{{"*.go", "main.go"}, {"*.go", "dir/main.go"}, {"*/*.go", "dir/main.go"},
		{"a?c", "abc"}, {"a?c", "a/c"}, {"[a-c]*", "banana"}, {"[^a-c]*", "banana"}, {"[!x]", "y"},
		{"\\*", "*"}, {"a*b*c", "axxbyyc"}, {"a*/b", "abc/b"}, {"[", "a"}, {"[a-", "a"}, {"*x", "xxx"},
		{"a\\", "a"}, {"[]a]", "]"}, {"[\\]]", "]"}, {"ab[", "ab"}, {"*", ""}, {"", ""}} {
		ok, err := filepath.Match(c.pat, c.name)
		fmt.Printf("Match(%q, %q) = %v, %v bad=%v\n", c.pat, c.name, ok, err, errors.Is(err, filepath.ErrBadPattern))
	}
}
