// fmt.Formatter: a type with a Format method prints through it for every verb, before String,
// Error and GoString; fmt.State gives the operand's flags, width and precision, and is an
// io.Writer. A panic in Format is reported as Go reports it.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type money struct {
	cents int64
	cur   string
}

func (m money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		if f.Flag('+') {
			fmt.Fprintf(f, "%s %d.%02d", m.cur, m.cents/100, m.cents%100)
			return
		}
		fmt.Fprintf(f, "%d.%02d", m.cents/100, m.cents%100)
	case 'd':
		fmt.Fprint(f, m.cents)
	default:
		fmt.Fprintf(f, "%%!%c(money)", verb)
	}
}

// String is never used: Format comes first.
func (m money) String() string { return "unused" }

type flags struct{}

func (flags) Format(f fmt.State, verb rune) {
	var b strings.Builder
	b.WriteRune(verb)
	for _, c := range "-+# 0" {
		if f.Flag(int(c)) {
			b.WriteRune(c)
		}
	}
	if w, ok := f.Width(); ok {
		fmt.Fprintf(&b, " w=%d", w)
	}
	if p, ok := f.Precision(); ok {
		fmt.Fprintf(&b, " p=%d", p)
	}
	f.Write([]byte("[" + b.String() + "]"))
}

type boom struct{ n int }

func (b *boom) Format(f fmt.State, verb rune) {
	if b.n == 0 {
		panic("no n")
	}
	fmt.Fprintf(f, "boom%d", b.n)
}

type errWithFormat struct{}

func (errWithFormat) Error() string                 { return "plain error" }
func (errWithFormat) Format(f fmt.State, verb rune) { f.Write([]byte("formatted error")) }

func main() {
	m := money{12345, "EUR"}
	fmt.Println(m)
	fmt.Printf("%v|%+v|%s|%d|%x|%q\n", m, m, m, m, m, m)
	fmt.Printf("%#v\n", m)
	fmt.Println([]money{{1, "USD"}, {250, "USD"}}, map[string]money{"a": {99, "GBP"}})
	fmt.Println(struct {
		Price money
		n     int
	}{m, 1})
	fmt.Printf("%v %-8.3v %+#x % 05d %08.2f\n", flags{}, flags{}, flags{}, flags{}, flags{})
	var f fmt.Formatter = m
	fmt.Println(f, fmt.Sprint(&boom{7}))
	fmt.Println(&boom{}, (*boom)(nil))
	err := fmt.Errorf("wrapped: %w", errWithFormat{})
	fmt.Println(errWithFormat{}, err, errors.Unwrap(err) == errWithFormat{})
	var st fmt.Stringer = m
	fmt.Println(st.String())
}
