// math/big: SetString in every base, Text and Append, and fmt's verbs, flags and widths through
// Int's Format method; fmt.Sscan and Sscanf into *big.Int through its Scan method.
package main

import (
	"fmt"
	"math/big"
	"strings"
)

func main() {
	for _, c := range []struct {
		s    string
		base int
	}{
		{"ff", 16}, {"-0x1F", 0}, {"0b1011", 0}, {"0o777", 0}, {"0777", 0}, {"1_000_000", 0},
		{"zz", 36}, {"ZZ", 62}, {"zz", 62}, {"12345678901234567890123", 10}, {"12a", 10}, {"", 10}, {"1__0", 0},
	} {
		z, ok := new(big.Int).SetString(c.s, c.base)
		fmt.Printf("SetString(%q, %d) = %v %v\n", c.s, c.base, z, ok)
	}
	x, _ := new(big.Int).SetString("-123456789abcdef0123456789", 16)
	for _, base := range []int{2, 8, 10, 16, 36, 62} {
		fmt.Printf("base %d: %s\n", base, x.Text(base))
	}
	fmt.Println(string(x.Append([]byte("append:"), 7)))
	var nilInt *big.Int
	fmt.Println(nilInt.String(), nilInt.Text(16))
	fmt.Printf("%v|%s|%d\n", nilInt, nilInt, nilInt)

	y := big.NewInt(48879)
	for _, f := range []string{"%d", "%x", "%X", "%#x", "%#X", "%o", "%#o", "%O", "%b", "%#b", "%+d", "% d",
		"%8d", "%-8d|", "%08d", "%+08d", "%.8d", "%10.6x", "%-10.6x|", "%#10.6x", "%v", "%+v", "%s", "%q", "%08.3d"} {
		fmt.Printf("%-8s [%s] [%s]\n", f, fmt.Sprintf(f, y), fmt.Sprintf(f, new(big.Int).Neg(y)))
	}
	fmt.Printf("[%x] [%d] [%5d]\n", new(big.Int), new(big.Int), new(big.Int))
	fmt.Printf("%v %d\n", []*big.Int{big.NewInt(1), big.NewInt(-2)}, struct{ A *big.Int }{big.NewInt(3)})
	fmt.Printf("%+v\n", struct{ A, B *big.Int }{big.NewInt(3), big.NewInt(4)})

	var a, b big.Int
	n, err := fmt.Sscan("  123456789012345678901234567890 -0x10", &a, &b)
	fmt.Println(n, err, &a, &b)
	n, err = fmt.Sscanf("ff 777 101", "%x %o %b", &a, &b, y)
	fmt.Println(n, err, &a, &b, y)
	n, err = fmt.Sscan("abc", &a)
	fmt.Println(n, err)
	var c big.Int
	n, err = fmt.Fscan(strings.NewReader("99999999999999999999999 rest"), &c)
	fmt.Println(n, err, &c)
	n, err = fmt.Sscanf("+42,-7", "%d,%d", &a, &b)
	fmt.Println(n, err, &a, &b)
	mt, _ := x.MarshalText()
	fmt.Println(string(mt))
	var u big.Int
	fmt.Println(u.UnmarshalText([]byte("-987654321")), &u)
	fmt.Println(u.UnmarshalText([]byte("nope")))
	js, _ := x.MarshalJSON()
	fmt.Println(string(js))
}
