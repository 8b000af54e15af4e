package a

type A struct{ N int }
