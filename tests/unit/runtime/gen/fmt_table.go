// fmt_table generates tests/unit/runtime/fmt_table.inc: rows of (call, format, operands as C++
// expressions, Go 1.19's actual output) for fmt_table_test.cpp, which checks go::fmt against
// them without needing Go. Each operand's C++ expression is derived from the Go value by
// reflection (cppAny), so the value Go formats and the value C++ formats are the same by
// construction. Named types (Point, Inner, Outer, Celsius, Names) have hand-written C++
// twins with descriptors in fmt_table_test.cpp, under namespace fmt_table_types.
//
// Regenerate from the repository root with:
//
//	/usr/lib/go-1.19/bin/go run tests/unit/runtime/gen/*.go > tests/unit/runtime/fmt_table.inc
//
// Operands must print deterministically: no pointers or maps below top level other than nil,
// no maps keyed by several dynamic types or by more than one NaN.
package main

import (
	"fmt"
	"math"
	"os"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

type Point struct{ X, Y int }

type Inner struct {
	A int
	B string
}

type Outer struct {
	Inner
	P      *Point
	L      []int
	M      map[string]int
	Any    any
	hidden int
}

type Celsius float64

// Color has a String method and MyErr an Error method: fmt prints them through it.
type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	case 2:
		return "blue"
	}
	return "Color(" + strconv.Itoa(int(c)) + ")"
}

// Paint's unexported field hides its String method from fmt.
type Paint struct {
	Fg Color
	bg Color
}

type MyErr struct{ Code int }

func (e MyErr) Error() string { return "error " + strconv.Itoa(e.Code) }

type Names []string

const cppNS = "fmt_table_types::"

// namedTypes: Go named type → C++ type and descriptor.
var namedTypes = map[string]struct{ cpp, desc string }{
	"main.Point":   {cppNS + "Point", "&" + cppNS + "point_type"},
	"main.Inner":   {cppNS + "Inner", "&" + cppNS + "inner_type"},
	"main.Outer":   {cppNS + "Outer", "&" + cppNS + "outer_type"},
	"main.Celsius": {"go::float64", "&" + cppNS + "celsius_type"},
	"main.Names":   {"go::slice<go::string>", "&" + cppNS + "names_type"},
	"main.Color":   {cppNS + "Color", "&" + cppNS + "color_type"},
	"main.Paint":   {cppNS + "Paint", "&" + cppNS + "paint_type"},
	"main.MyErr":   {cppNS + "MyErr", "&" + cppNS + "myerr_type"},
}

// cppStr renders s as a C++ string literal with the same bytes.
func cppStr(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '?':
			b.WriteString(`\?`)
		case r >= 0x20 && r < 0x7f:
			b.WriteByte(byte(r))
		case r >= 0xa0 && r != utf8.RuneError && strconv.IsPrint(r) && r != 0xfeff:
			b.WriteString(s[i : i+w])
		default:
			for j := 0; j < w; j++ {
				fmt.Fprintf(&b, `\%03o`, s[i+j])
			}
		}
		i += w
	}
	b.WriteByte('"')
	return b.String()
}

func cppType(t reflect.Type) string {
	if n, ok := namedTypes[t.String()]; ok && t.Name() != "" {
		return n.cpp
	}
	if t.Name() != "" && t.PkgPath() != "" {
		panic("unknown named type " + t.String())
	}
	switch t.Kind() {
	case reflect.Bool:
		return "bool"
	case reflect.Int:
		return "go::int_"
	case reflect.Int8, reflect.Int16, reflect.Int32, reflect.Uint, reflect.Uint8, reflect.Uint16,
		reflect.Uint32, reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128, reflect.String:
		return "go::" + t.Kind().String()
	case reflect.Int64, reflect.Uint64, reflect.Uintptr:
		panic("int64/uint64/uintptr share a C++ type with int/uint: only at top level or in any")
	case reflect.Interface:
		return "go::any"
	case reflect.Slice:
		return "go::slice<" + cppType(t.Elem()) + ">"
	case reflect.Array:
		return fmt.Sprintf("go::array<%s, %d>", cppType(t.Elem()), t.Len())
	case reflect.Map:
		return "go::map<" + cppType(t.Key()) + ", " + cppType(t.Elem()) + ">"
	case reflect.Pointer:
		return "go::ptr<" + cppType(t.Elem()) + ">"
	}
	panic("no C++ type for " + t.String())
}

func cppFloat(f float64, bits int) string {
	suffix, typ := "", "double"
	if bits == 32 {
		suffix, typ = "f", "float"
	}
	switch {
	case math.IsInf(f, 1):
		return "std::numeric_limits<" + typ + ">::infinity()"
	case math.IsInf(f, -1):
		return "-std::numeric_limits<" + typ + ">::infinity()"
	case math.IsNaN(f):
		return "std::numeric_limits<" + typ + ">::quiet_NaN()"
	}
	return strconv.FormatFloat(f, 'e', -1, bits) + suffix
}

// cppValue: a C++ expression of the C++ type of v's Go type with the same value.
func cppValue(v reflect.Value) string {
	t := v.Type()
	if n, ok := namedTypes[t.String()]; ok && t.Kind() == reflect.Struct {
		var fields []string
		for i := 0; i < v.NumField(); i++ {
			fields = append(fields, cppValue(v.Field(i)))
		}
		return n.cpp + "{" + strings.Join(fields, ", ") + "}"
	}
	ct := cppType(t)
	switch t.Kind() {
	case reflect.Bool:
		return strconv.FormatBool(v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if v.Int() == math.MinInt64 {
			return ct + "(-9223372036854775807 - 1)"
		}
		return fmt.Sprintf("%s(%d)", ct, v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return fmt.Sprintf("%s(%dull)", ct, v.Uint())
	case reflect.Float32:
		return ct + "(" + cppFloat(v.Float(), 32) + ")"
	case reflect.Float64:
		return ct + "(" + cppFloat(v.Float(), 64) + ")"
	case reflect.Complex64:
		c := v.Complex()
		return ct + "(" + cppFloat(real(c), 32) + ", " + cppFloat(imag(c), 32) + ")"
	case reflect.Complex128:
		c := v.Complex()
		return ct + "(" + cppFloat(real(c), 64) + ", " + cppFloat(imag(c), 64) + ")"
	case reflect.String:
		return "go::string(" + cppStr(v.String()) + ")"
	case reflect.Interface:
		if v.IsNil() {
			return "go::any()"
		}
		return cppAny(v.Elem())
	case reflect.Slice:
		if v.IsNil() {
			return ct + "()"
		}
		if v.Len() == 0 {
			return "go::make_slice<" + cppType(t.Elem()) + ">(0)"
		}
		var elems []string
		for i := 0; i < v.Len(); i++ {
			elems = append(elems, cppValue(v.Index(i)))
		}
		return ct + "{" + strings.Join(elems, ", ") + "}"
	case reflect.Array:
		var elems []string
		for i := 0; i < v.Len(); i++ {
			elems = append(elems, cppValue(v.Index(i)))
		}
		return ct + "{{" + strings.Join(elems, ", ") + "}}"
	case reflect.Map:
		if v.IsNil() {
			return ct + "()"
		}
		if v.Len() == 0 {
			return "go::make_map<" + cppType(t.Key()) + ", " + cppType(t.Elem()) + ">()"
		}
		var entries []string
		iter := v.MapRange()
		for iter.Next() {
			entries = append(entries, "{"+cppValue(iter.Key())+", "+cppValue(iter.Value())+"}")
		}
		sort.Strings(entries) // deterministic output; the C++ map's order is its own anyway
		return ct + "{" + strings.Join(entries, ", ") + "}"
	case reflect.Pointer:
		if v.IsNil() {
			return ct + "()"
		}
		et := cppType(t.Elem())
		return ct + "(go::gc_new<" + et + ">(" + cppValue(v.Elem()) + "))"
	}
	panic("no C++ value for " + t.String())
}

// cppAny: a go::any expression boxing v with its Go type's descriptor.
func cppAny(v reflect.Value) string {
	t := v.Type()
	if n, ok := namedTypes[t.String()]; ok && !strings.HasPrefix(n.cpp, cppNS) {
		return "go::any(" + n.desc + ", " + cppValue(v.Convert(underlying(t))) + ")"
	}
	switch t.Kind() {
	case reflect.Int64:
		return "go::any(&go::int64_type, go::int64(" + cppInt64(v.Int()) + "))"
	case reflect.Uint64:
		return fmt.Sprintf("go::any(&go::uint64_type, go::uint64(%dull))", v.Uint())
	case reflect.Uintptr:
		return fmt.Sprintf("go::any(&go::uintptr_type, go::uintptr(%dull))", v.Uint())
	}
	return "go::any(" + cppValue(v) + ")"
}

func cppInt64(i int64) string {
	if i == math.MinInt64 {
		return "-9223372036854775807 - 1"
	}
	return strconv.FormatInt(i, 10)
}

func underlying(t reflect.Type) reflect.Type {
	switch t.Kind() {
	case reflect.Float64:
		return reflect.TypeOf(float64(0))
	case reflect.Int:
		return reflect.TypeOf(0)
	case reflect.Slice:
		return reflect.SliceOf(t.Elem())
	}
	panic("underlying " + t.String())
}

type call int

const (
	sprintf call = iota
	sprint
	sprintln
)

type row struct {
	call   call
	format string
	args   []any
}

var rows []row

func f(format string, args ...any) { rows = append(rows, row{sprintf, format, args}) }

// each: one row per format for every value.
func each(formats []string, values ...any) {
	for _, v := range values {
		for _, fm := range formats {
			f(fm, v)
		}
	}
}

func emit(r row) {
	var got string
	name := []string{"sprintf", "sprint", "sprintln"}[r.call]
	switch r.call {
	case sprintf:
		got = fmt.Sprintf(r.format, r.args...)
	case sprint:
		got = fmt.Sprint(r.args...)
	case sprintln:
		got = fmt.Sprintln(r.args...)
	}
	var args []string
	for _, a := range r.args {
		if a == nil {
			args = append(args, "go::any()")
		} else {
			args = append(args, cppAny(reflect.ValueOf(a)))
		}
	}
	if len(args) > 6 {
		panic("at most 6 operands a row")
	}
	fmt.Printf("{call::%s, %s, %d, {%s}, %s},\n", name, cppStr(r.format), len(args), strings.Join(args, ", "), cppStr(got))
}

// Rows per generated C++ function (see main).
const rowsPerFunc = 50

func main() {
	cases()
	fmt.Println("// Generated by tests/unit/runtime/gen/fmt_table.go with Go 1.19. Do not edit; regenerate.")
	fmt.Printf("// {call, format, operand count, operands, Go's output}, in functions of %d rows: GCC\n", rowsPerFunc)
	fmt.Println("// takes minutes at -O2 over one function initializing all of them.")
	funcs := 0
	for i := 0; i < len(rows); i += rowsPerFunc {
		end := i + rowsPerFunc
		if end > len(rows) {
			end = len(rows)
		}
		fmt.Printf("void fmt_table_rows_%d(fmt_rows& out) {\n  const fmt_case rows[] = {\n", funcs)
		for _, r := range rows[i:end] {
			emit(r)
		}
		fmt.Println("  };\n  out.insert(out.end(), std::begin(rows), std::end(rows));\n}")
		funcs++
	}
	fmt.Println("void fmt_table_rows(fmt_rows& out) {")
	for f := 0; f < funcs; f++ {
		fmt.Printf("  fmt_table_rows_%d(out);\n", f)
	}
	fmt.Println("}")
	fmt.Fprintf(os.Stderr, "%d rows\n", len(rows))
}
