package main

import (
	"fmt"

	"example.com/shapes/geom"
)

func main() {
	c, err := geom.NewCircle(geom.Point{X: 1, Y: 2}, 2)
	fmt.Println(c.Center, err, geom.Created())
	_, err = geom.NewCircle(geom.Point{}, -1)
	fmt.Println(err)
	small, _ := geom.NewCircle(geom.Point{}, 1)
	big := geom.Largest([]*geom.Circle{small, c})
	fmt.Printf("%.2f %T\n", big.Area(), big)
}
