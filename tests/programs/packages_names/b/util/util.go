package util

import "fmt"

type Thing struct{ S string }

func (t Thing) String() string { return fmt.Sprintf("Thing<%s>", t.S) }

func Name() string { return "b/util" }
