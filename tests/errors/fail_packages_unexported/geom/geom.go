package geom

type Point struct{ X int }

func helper() {}

type Pair struct {
	a int
	B int
}

func (p Pair) secret() {}
