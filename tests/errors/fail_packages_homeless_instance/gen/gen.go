package gen

type Box[T any] struct{ V T }
