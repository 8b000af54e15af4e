// Unexported names of another package are not visible: functions, fields (also when a struct
// literal would set them implicitly) and methods, in gc 1.19's words.
package main

import "example.com/m/geom"

func main() {
	geom.helper() // ERROR "undefined: geom.helper"
	var p geom.Point
	p.x = 1 // ERROR "p.x undefined \(type geom.Point has no field or method x, but does have X\)"
}

func literals() {
	_ = geom.Pair{a: 1, B: 2} // ERROR "unknown field 'a' in struct literal of type geom.Pair"
	_ = geom.Pair{1, 2}       // ERROR "implicit assignment to unexported field a in geom.Pair literal"
	var q geom.Pair
	q.secret() // ERROR "q.secret undefined \(type geom.Pair has no field or method secret\)"
}
