// Complex division by zero and infinities.
package main

import "fmt"

func main() {
	zero := complex(0, 0)
	one := complex(1, 1)
	fmt.Println(one/zero, zero/zero)
	inf := complex(1/real(zero), 0)
	fmt.Println(inf, inf*one)
	big := complex(1e308, 1e308)
	fmt.Println(big * 2)
	fmt.Println(complex(3, 4) / complex(0, 2))
}
