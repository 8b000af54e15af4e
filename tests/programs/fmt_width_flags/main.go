package main

import "fmt"

func main() {
	fmt.Printf("[%5d] [%-5d] [%05d] [%+d] [% d] [%x] [%X] [%#x] [%o] [%#o] [%O] [%b]\n", 42, 42, 42, 42, 42, 255, 255, 255, 8, 8, 8, 5)
	fmt.Printf("[%c] [%q] [%U] [%#U] [%5c]\n", 'G', 'G', 'G', 'G', 'x')
	fmt.Printf("[%e] [%E] [%g] [%G] [%8.3f] [%-8.2f] [%+.1e] [%.0f] [%f]\n", 1234.5678, 1234.5678, 1234.5678, 1e21, 3.14159, 2.5, 12345.678, 2.5, 1e-7)
	fmt.Printf("[%s] [%10s] [%-10s] [%.2s] [%q] [%x] [% x] [%X]\n", "go", "go", "go", "golang", "a\"b", "hi", "hi", "hi")
	fmt.Printf("[%t] [%6t] [%v]\n", true, false, nil)
	fmt.Printf("[%*d] [%-*d] [%.*f]\n", 5, 1, 4, 2, 2, 3.14159)
	fmt.Printf("[%v] [%d] [%x] [%q]\n", []int{1, 2}, []int{10, 11}, []byte("ab"), []string{"a", "b"})
	fmt.Printf("[%6.2v] [%v] [%.3g] [%g]\n", 3.14159, 1e6, 1234.5678, 100000000.0)
	fmt.Printf("[%08.3f] [%-08d] [%+q] [%#q]\n", -3.14159, 7, "héllo", "back`tick")
	fmt.Printf("[%d] [%v] [%.2f]\n", complex(1, -2), complex64(complex(0.5, 1)), complex(1.234, 5.678))
	fmt.Printf("%d%%\n", 50)
	fmt.Printf("[%3d|%-3d|%03d]\n", -5, -5, -5)
	fmt.Printf("[%x] [%X] [%#v]\n", -255, "Hello", 'a')
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
}
