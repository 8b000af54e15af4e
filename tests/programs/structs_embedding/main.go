// Embedded structs: promoted fields, shadowing by the outer struct, printing.
package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

type Timestamps struct {
	Created, Updated int
}

type User struct {
	Base
	Timestamps
	Name  string
	Email string
}

func main() {
	u := User{Base: Base{ID: 1, Name: "base"}, Name: "outer", Email: "u@x"}
	u.Created = 100
	u.Updated = 200
	fmt.Println(u.ID, u.Name, u.Base.Name, u.Created)
	fmt.Println(u)
	fmt.Printf("%+v\n", u)
	u.ID = 2
	b := u.Base
	b.ID = 3
	fmt.Println(u.ID, b.ID)
	p := &u
	p.Updated = 300
	fmt.Println(u.Timestamps)
}
