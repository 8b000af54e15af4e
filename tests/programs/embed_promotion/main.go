package main

import "fmt"

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprintf("Base(%d)", b.ID) }
func (b *Base) SetID(id int)    { b.ID = id }

type Named struct {
	Base
	Name string
}

func (n Named) Describe() string { return "Named " + n.Name + " " + n.Base.Describe() }

type Deep struct {
	*Named
	Extra int
}

type Describer interface{ Describe() string }
type IDSetter interface{ SetID(int) }

type Logger struct{ prefix string }

func (l Logger) Log(s string) string { return l.prefix + s }

type Service struct {
	Logger
	Base
}

func main() {
	n := Named{Base{1}, "n"}
	fmt.Println(n.ID, n.Describe(), n.Base.Describe())
	n.SetID(5)
	fmt.Println(n.ID)
	d := Deep{&n, 9}
	d.SetID(7)
	fmt.Println(d.ID, n.ID, d.Describe(), d.Name)
	var ds Describer = d
	fmt.Println(ds.Describe())
	var setter IDSetter = d
	setter.SetID(42)
	fmt.Println(n.ID)
	var setter2 IDSetter = &n
	setter2.SetID(3)
	fmt.Println(n.ID)
	s := Service{Logger{"> "}, Base{8}}
	fmt.Println(s.Log("hi"), s.Describe())
	var ds2 Describer = s
	fmt.Println(ds2.Describe())
	fmt.Printf("%v %+v\n", n, s)
}
