// The cases of the fmt table (see fmt_table.go): formats crossed with values, kind by kind,
// then the error forms and Print/Println spacing.
package main

import (
	"math"
	"math/rand"
)

func cases() {
	ints()
	floats()
	complexes()
	stringsAndBools()
	composites()
	structs()
	methods()
	randomFloats()
	errorForms()
	printAndPrintln()
}

func ints() {
	formats := []string{"%d", "%v", "%+d", "% d", "%5d", "%-5d|", "%05d", "%x", "%X", "%#x", "%o", "%#o", "%O", "%b", "%#b", "%.3d", "%8.3d", "%08.3d", "%#v", "%x|%X"}
	each(formats[:19], int(0), int(42), int(-42), int8(-128), int8(127), int16(-32768), int32(math.MaxInt32), int64(math.MinInt64), int64(math.MaxInt64))
	each(formats[:19], uint(7), uint8(255), uint16(65535), uint32(math.MaxUint32), uint64(math.MaxUint64), uintptr(0xdeadbeef))
	each([]string{"%c", "%q", "%+q", "%U", "%#U", "%.6U", "%8U|", "%-8c|", "%#q"}, 'A', '世', rune(0x1F600), rune(-1), rune(0x110000), '\n', rune(0x7f), '\'', uint8('x'), int64(0xD800))
	each([]string{"%.0d", "%5.0d|", "%+.0d", "%#.0x"}, 0, 1)
	each([]string{"%t", "%s", "%e", "%z"}, 5, uint16(9))
	f("%d %d", int8(-1), uint8(1))
	f("%x", int32(-255))
	f("%#X", uint64(1<<63))
	f("%010d|%-010d|%+010d", -7, -7, 7)
	f("% 05d|%+ d", 3, 3)
}

func floats() {
	formats := []string{"%v", "%g", "%G", "%e", "%E", "%f", "%F", "%.2f", "%.0f", "%8.3f|", "%-8.3f|", "%08.3f", "%+f", "% f", "%#g", "%#.3g", "%.3g", "%.10g", "%#v", "%x", "%X", "%b", "%.3e", "%10.2e", "%.0e", "%#.0f", "%+.1e", "%#x", "%.2x", "%015.4e"}
	each(formats, 0.0, math.Copysign(0, -1), 1.0, -1.0, 3.14159, 1e-7, 1e20, 1e21, 123456789.0, 1e100, 5e-324, math.MaxFloat64, 0.1, 2.5, 1.0/3, 100.0, 0.000123)
	each([]string{"%v", "%f", "%5.1f|", "%05f|", "%+v", "% v", "%-6v|", "%e", "%x", "%b", "%#g", "%010v|"}, math.Inf(1), math.Inf(-1), math.NaN())
	each([]string{"%v", "%g", "%e", "%f", "%.3f", "%x", "%b", "%#v", "%.10g"}, float32(0.1), float32(1e10), float32(3.4e38), float32(1.17549435e-38), float32(16777216), float32(-2.5), float32(1)/3, float32(1e-45), float32(math.Inf(1)))
	each([]string{"%.1f", "%.0f", "%.2e", "%.3g"}, 0.05, 0.15, 0.25, 0.35, 2.5, 3.5, 1.005, 9.995, 999.5, 0.5)
	each([]string{"%d", "%s", "%q", "%t", "%c"}, 1.5, float32(2))
	f("%v %v %v %v", 1e6, 1e-4, 1e-5, 12345678.0)
	f("%.30f", 0.1)
	f("%.40e", 5e-324)
	f("%.17g|%.20g", 0.1, 1.0/3)
	f("%20.10f|%-+20.3e|", math.Pi, -math.E)
	f("%#.0e|%#.0g|%#e", 1.0, 2.0, 3.0)
	f("%.3v|%10.4v|", math.Pi, math.Pi)
}

func complexes() {
	formats := []string{"%v", "%f", "%.2f", "%+v", "%e", "%g", "%#v", "%8.2f", "%x", "%b", "%d", "% v"}
	each(formats, complex(1, 2), complex(-1.5, -0.25), complex(0, math.Copysign(0, -1)), complex(math.Inf(1), math.NaN()), complex64(complex(0.1, 3)))
}

func stringsAndBools() {
	formats := []string{"%s", "%v", "%q", "%+q", "%#q", "%x", "%X", "% x", "%# x", "%#x", "%10s|", "%-10s|", "%.3s", "%10.2q|", "%#v", "%5.1s|", "%010s", "%.1x", "%d", "%T", "%-8q|"}
	each(formats, "hello", "", "héllo 世界", "\x00\x01\t\n\a\b\f\r\v", "\xff\xfe", "a\"b\\c", "\u2028\u00ad", "\U0001F600", "`back`", "\ufeff", "tab\there", "日本\xe8\xaa")
	each([]string{"%t", "%v", "%5t|", "%-6t|", "%d", "%#v", "%q", "%T"}, true, false)
	each([]string{"%v", "%d", "%T", "%s", "%p", "%#v", "%5v|", "%x"}, nil)
}

func composites() {
	sliceFormats := []string{"%v", "%d", "%x", "%#v", "%+v", "%T", "%5d", "%s", "%q", "%03d", "%X"}
	each(sliceFormats, []int{1, 2, 3}, []int{-1, 255}, []string{"a", "b c"}, []float64{1.5, math.Inf(-1)}, []bool{true, false}, []int(nil), []int{}, []any{1, "a", nil, 2.5, []int{1}}, [][]int{{1, 2}, nil, {}}, [3]int{1, 2, 3}, [0]int{}, []rune("héllo"), []uint16{1, 0xffff}, []int8{-1, 2})
	each([]string{"%v", "%s", "%x", "%X", "% x", "%#x", "%q", "%#v", "%d", "%T", "%c", "%10s|", "%.2s", "%+q", "%o"}, []byte{1, 2, 255}, []byte("hello"), []byte(nil), []byte{}, [3]byte{'a', 'b', 'c'}, []byte("日本\xff"), [][]byte{[]byte("hi"), nil})
	each([]string{"%c", "%q", "%U", "%#U"}, []rune("a世"))
	mapFormats := []string{"%v", "%#v", "%+v", "%T", "%d", "%x", "%q"}
	each(mapFormats,
		map[string]int{"b": 2, "a": 1, "c": 3, "": 0},
		map[int]string{3: "c", -10: "neg", 0: "z", 100: "h"},
		map[float64]string{math.Inf(-1): "ninf", 1.5: "x", -2: "y", math.NaN(): "nan", math.Inf(1): "inf"},
		map[bool]int{true: 1, false: 0},
		map[string]int(nil),
		map[string]int{},
		map[string][]int{"x": {1, 2}, "a": nil},
		map[[2]int]string{{2, 1}: "b", {1, 2}: "a", {1, 1}: "c"},
		map[any]int{3: 1, 1: 2, 2: 3},
		map[int8]bool{-1: true, 1: false},
		map[uint]float32{5: 0.5, 1: 1.5},
		map[string]map[string]int{"o": {"z": 1, "y": 2}},
		map[rune]string{'b': "B", 'a': "A"})
	ptrFormats := []string{"%v", "%+v", "%#v", "%d", "%s", "%x"}
	each(ptrFormats, &[]int{1, 2}, &[2]string{"a", "b"}, &map[string]int{"k": 1}, &[]any{nil, 1}, (*int)(nil), (*[]int)(nil), []*int{nil, nil}, &[][]int{{1}})
	each([]string{"%p", "%#p", "%T", "%t"}, (*int)(nil), []int(nil), map[int]int(nil))
	f("%v %v", [2][2]int{{1, 2}, {3, 4}}, []map[string]int{{"a": 1}, nil})
	f("%v|%d|%s", []any{true, 'x', "s", 1.5, complex(1, 1)}, []any{true, 'x', "s"}, []any{1, []string{"q"}})
	f("%#v", []any{int64(1), uint8(2), "s", nil, []byte("b"), map[string]bool{"t": true}})
	f("%6.2f|%-6.1v|", []float64{1, 2.345}, []float32{0.5})
	f("%x|% X|%#x", []string{"ab", "c"}, []string{"ab", "c"}, [2]string{"\xff", ""})
	f("%v %v", [2]bool{}, [1][]int{nil})
}

func structs() {
	p := Point{1, -2}
	each([]string{"%v", "%+v", "%#v", "%T", "%d", "%x", "%s", "%05d", "%q"}, p, &p, []Point{{1, 2}, {3, 4}}, map[string]Point{"b": {2, 2}, "a": {1, 1}}, map[Point]string{{2, 1}: "x", {1, 9}: "y", {1, 2}: "z"}, []*Point{nil})
	o := Outer{Inner: Inner{A: 7, B: "bee"}, L: []int{1}, M: map[string]int{"m": 1}, Any: 3.5, hidden: 9}
	each([]string{"%v", "%+v", "%#v", "%T", "%d", "%s"}, o, &o, Outer{}, []any{Inner{1, "x"}, Point{}})
	each([]string{"%v", "%.1f", "%#v", "%T", "%d", "%+v"}, Celsius(36.6), []any{Celsius(-1)})
	each([]string{"%v", "%q", "%#v", "%T", "%x", "%s"}, Names{"x", "y z"}, Names(nil))
}

func errorForms() {
	f("%")
	f("%!")
	f("%d")
	f("%d %d", 1)
	f("%d", 1, 2)
	f("%d", 1, "hi", nil, 2.5, []int{1})
	f("hi", 1)
	f("hi", nil)
	f("%z", 1)
	f("%[2]d %[1]d", 1, 2)
	f("%[3]d", 1, 2)
	f("%[0]d", 1)
	f("%[x]d", 1)
	f("%[1]d %d %d", 1, 2)
	f("%[2]*[1]d|", 12, 5)
	f("%*d|", 5, 42)
	f("%-*d|", 5, 42)
	f("%*d|", -5, 42)
	f("%*d", "x", 42)
	f("%.*d", "x", 42)
	f("%.*f", -1, 3.14159)
	f("%.*f", 2, 3.14159)
	f("%*.*f|", 10, 3, math.Pi)
	f("%*d", uint(3), 1)
	f("%*d", int8(-3), 1)
	f("%*d", 10000000, 1)
	f("%[2]2d", 1, 2)
	f("%.[2]d", 1, 2)
	f("%[1]*d", 1, 2)
	f("%d%%", 50)
	f("%5%|%-5%|", 1)
	f("%.")
	f("%#")
	f("%-")
	f("%10.5")
	f("%ü", 1)
	f("%☺", "s")
	f("%10000000d", 1)
	f("%.10000000d", 1)
	f("%[1]d %[1]x %[1]q", 65)
	f("%[2]v %v", 1, 2, 3)
	f("%[5]d", 1)
	f("%[1]", 1)
	f("%[]d", 1)
	f("%[1", 1)
	f("%!d(string=hi)")
	f("%w", 1)
	f("%v %v", 1)
	f("no verbs at all")
	f("%s %d", "a")
	f("%v", []any{nil})
	f("%d", []any{nil})
	f("%s", []any{1})
}

func printAndPrintln() {
	for _, args := range [][]any{
		{1, 2},
		{"a", "b"},
		{1, "a", 2},
		{"a", 1, 2, "b"},
		{1.5, true, nil, 'x'},
		{nil, nil},
		{"", ""},
		{[]int{1}, map[string]int{"a": 1}, "s"},
		{},
		{Point{1, 2}, &Point{3, 4}},
		{int64(-1), uint64(1), uintptr(2)},
		{Celsius(1), "x", Celsius(2)},
		{Names{"a"}, Names{"b"}},
		{"x\n", 1, "\n"},
	} {
		rows = append(rows, row{sprint, "", args}, row{sprintln, "", args})
	}
}

func methods() {
	each([]string{"%v", "%s", "%d", "%q", "%x", "%#v", "%+v", "%T", "%8v|", "%-8s|", "%.2s"}, Color(1), Color(7), []Color{0, 2}, map[Color]int{2: 1, 0: 2}, Paint{Color(2), Color(1)}, MyErr{404}, []any{MyErr{1}, Color(0)})
	f("%v %d", &Paint{1, 2}, []error{MyErr{5}, nil})
}

// randomFloats: shortest and fixed-precision digits for random bit patterns and magnitudes.
func randomFloats() {
	r := rand.New(rand.NewSource(19))
	for i := 0; i < 120; i++ {
		v := math.Float64frombits(r.Uint64())
		if math.IsNaN(v) || math.IsInf(v, 0) {
			continue
		}
		f("%v|%.3e|%.17g|%g", v, v, v, v)
	}
	for i := 0; i < 120; i++ {
		v := (r.Float64() - 0.5) * math.Pow(10, float64(r.Intn(40)-20))
		f("%v|%.4f|%.0f|%.12e|%#.5g|%8.3g", v, v, v, v, v, v)
	}
	for i := 0; i < 120; i++ {
		v := math.Float32frombits(r.Uint32())
		if v != v || math.IsInf(float64(v), 0) {
			continue
		}
		f("%v|%.3e|%.10g|%f", v, v, v, v)
	}
	for i := 0; i < 60; i++ {
		v := float32(r.NormFloat64() * math.Pow(10, float64(r.Intn(12)-6)))
		f("%v|%e|%g", v, v, v)
	}
}
