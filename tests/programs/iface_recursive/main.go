package main

import "fmt"

type Node interface {
	Name() string
	Children() []Node
}

type Dir struct {
	name string
	kids []Node
}
type File struct{ name string }

func (d *Dir) Name() string      { return d.name + "/" }
func (d *Dir) Children() []Node  { return d.kids }
func (f File) Name() string      { return f.name }
func (f File) Children() []Node  { return nil }

func walk(n Node, depth int) int {
	count := 1
	fmt.Printf("%*s%s\n", depth*2, "", n.Name())
	for _, c := range n.Children() {
		count += walk(c, depth+1)
	}
	return count
}

func main() {
	root := &Dir{"root", []Node{
		File{"a.txt"},
		&Dir{"sub", []Node{File{"b.go"}, File{"c.go"}}},
		&Dir{"empty", nil},
	}}
	fmt.Println(walk(root, 0), "nodes")
}
