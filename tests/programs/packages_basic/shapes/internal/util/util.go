package util

import "fmt"

var Calls = map[string]int{}

func init() { fmt.Println("util init") }

func Track(name string) { Calls[name]++ }
