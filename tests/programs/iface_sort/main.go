package main

import "fmt"

type Sortable interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

func sortIt(s Sortable) {
	for i := 1; i < s.Len(); i++ {
		for j := i; j > 0 && s.Less(j, j-1); j-- {
			s.Swap(j, j-1)
		}
	}
}

type Ints []int

func (x Ints) Len() int           { return len(x) }
func (x Ints) Less(i, j int) bool { return x[i] < x[j] }
func (x Ints) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

type Person struct {
	Name string
	Age  int
}
type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type Reverse struct{ Sortable }

func (r Reverse) Less(i, j int) bool { return r.Sortable.Less(j, i) }

func main() {
	xs := Ints{5, 2, 8, 1, 9, 3}
	sortIt(xs)
	fmt.Println(xs)
	sortIt(Reverse{xs})
	fmt.Println(xs)
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}}
	sortIt(ByAge(people))
	fmt.Println(people)
	sortIt(Reverse{ByAge(people)})
	fmt.Printf("%+v\n", people)
}
