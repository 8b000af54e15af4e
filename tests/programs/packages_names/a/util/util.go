package util

type Thing struct{ N int }

func Name() string { return "a/util" }
