package model

import (
	"fmt"

	"example.com/cross/gen"
)

type User struct {
	Name string
	Age  int
}

func (u User) String() string { return fmt.Sprintf("%s(%d)", u.Name, u.Age) }

func Oldest(us []User) User {
	ages := gen.Map(us, func(u User) int { return u.Age })
	best := 0
	for i := range us {
		if ages[i] == gen.Max(ages[i], ages[best]) {
			best = i
		}
	}
	return us[best]
}
