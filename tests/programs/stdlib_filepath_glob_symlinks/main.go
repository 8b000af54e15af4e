// filepath.Glob, EvalSymlinks, Abs and Rel on a tree the program makes in a temporary directory
// (it works there after os.Chdir, and prints only names relative to it): Glob's sorted matches,
// ErrBadPattern and no matches; EvalSymlinks through relative and absolute links, a link to a
// directory, chains, loops and a missing target; Abs of relative names against Getwd.
package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func main() {
	tmp, err := os.MkdirTemp("", "glob-*")
	must(err)
	defer os.RemoveAll(tmp)
	// The temporary directory itself may be reached through a link (/tmp on some systems).
	root, err := filepath.EvalSymlinks(tmp)
	must(err)
	must(os.Chdir(root))

	for _, d := range []string{"src/a", "src/b", "docs", "real/inner"} {
		must(os.MkdirAll(d, 0755))
	}
	for _, f := range []string{"src/a/x.go", "src/a/y.go", "src/b/z.go", "src/b/README", "docs/guide.md",
		"docs/api.md", "main.go", "real/inner/file.txt", "[weird].go"} {
		must(os.WriteFile(f, []byte(f), 0644))
	}
	must(os.Symlink("real", "dirlink"))
	must(os.Symlink("dirlink/inner/file.txt", "chain1"))
	must(os.Symlink("chain1", "chain2"))
	must(os.Symlink(filepath.Join(root, "main.go"), "abslink"))
	must(os.Symlink("loop2", "loop1"))
	must(os.Symlink("loop1", "loop2"))
	must(os.Symlink("nowhere", "broken"))
	must(os.Symlink("../main.go", "src/up.go"))

	for _, pat := range []string{"*.go", "src/*/*.go", "src/?/*", "docs/[a-g]*.md", "*/a", "nomatch*",
		"src/[", "\\[weird\\].go", "src/a/x.go", "src/a/none.go", "*link*", "src/*.go"} {
		m, err := filepath.Glob(pat)
		fmt.Printf("Glob(%q) = %q, %v\n", pat, m, err)
	}
	_, err = filepath.Glob("[")
	fmt.Println(err == filepath.ErrBadPattern)
	m, _ := filepath.Glob(filepath.Join(root, "src", "*", "x.go"))
	fmt.Println(len(m), strings.TrimPrefix(m[0], root))

	for _, p := range []string{"main.go", "dirlink", "dirlink/inner", "chain2", "abslink", "src/up.go",
		"src/../dirlink/inner/../inner/file.txt", "loop1", "broken", "missing/x", "main.go/x", ".", "src/a/"} {
		s, err := filepath.EvalSymlinks(p)
		var pe *os.PathError
		if errors.As(err, &pe) {
			pe.Path = strings.TrimPrefix(pe.Path, root)
		}
		fmt.Printf("EvalSymlinks(%q) = %q, %v\n", p, strings.TrimPrefix(s, root), err)
	}
	s, err := filepath.EvalSymlinks(filepath.Join(root, "chain2"))
	fmt.Println(strings.TrimPrefix(s, root), err)

	for _, p := range []string{"", ".", "a/b", "../x", "./src/../docs", "/abs/path", "/"} {
		a, err := filepath.Abs(p)
		if strings.HasPrefix(a, root) {
			a = "ROOT" + strings.TrimPrefix(a, root)
		} else if parent := filepath.Dir(root); parent != "/" && strings.HasPrefix(a, parent+"/") {
			a = "PARENT/" + strings.TrimPrefix(a, parent+"/")
		}
		fmt.Printf("Abs(%q) = %q, %v\n", p, a, err)
	}
	wd, _ := os.Getwd()
	for _, t := range []string{"src/a/x.go", "docs", root, "/", filepath.Dir(root)} {
		r, err := filepath.Rel(wd, filepath.Join(wd, t))
		if filepath.IsAbs(t) {
			r, err = filepath.Rel(wd, t)
		}
		if t == root || t == filepath.Dir(root) {
			fmt.Printf("Rel(wd, root or its parent) = %q, %v\n", r, err)
			continue
		}
		if t == "/" {
			fmt.Println("Rel(wd, /) is all ..:", strings.Trim(strings.ReplaceAll(r, "..", ""), "/") == "", err)
			continue
		}
		fmt.Printf("Rel(wd, %q) = %q, %v\n", t, r, err)
	}
	_, err = filepath.Rel("/a", "b")
	fmt.Println(err)
	matched, err := filepath.Match("src/*/*.go", "src/a/x.go")
	fmt.Println(matched, err)
}
