// Infinities, NaN, negative zero and float-to-int edge cases, made without package math.
package main

import "fmt"

func main() {
	zero := 0.0
	inf := 1 / zero
	ninf := -1 / zero
	nan := zero / zero
	fmt.Println(inf, ninf, nan)
	fmt.Println(inf > 1e308, ninf < -1e308, nan == nan, nan != nan, nan < 1, nan > 1)
	fmt.Println(inf+ninf, inf*0, inf-inf, -inf)
	negz := -zero
	fmt.Println(negz, negz == 0, 1/negz)
	fmt.Printf("%v %f %e %g %5.1f\n", inf, ninf, nan, negz, inf)
	var f32inf float32 = float32(inf)
	fmt.Println(f32inf, float32(nan))
	big := 1e308
	fmt.Println(big*10, -big*10)
	tiny := 5e-324
	fmt.Println(tiny, tiny/2, tiny*0.5)
}
