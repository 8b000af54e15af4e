package geom

func F() int {
	var s string = 1 // ERROR "cannot use 1 \(untyped int constant\) as string value in variable declaration"
	return s         // ERROR "cannot use s \(variable of type string\) as type int in return statement"
}
