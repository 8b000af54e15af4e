package main

import (
	"fmt"
	"reflect"
	"time"
)

type Point struct {
	X, Y int
	name string `json:"name,omitempty" xml:"n"`
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type Shape interface {
	Area() float64
}

type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }

type Inner struct{ A int }

type Outer struct {
	Inner
	B string `tag:"b"`
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	vals := []any{1, "s", 2.5, int8(1), uint16(2), true, []int{1}, [3]string{}, map[string]bool{},
		&Point{}, Point{}, Celsius(1), time.Second, make(chan int), func(int) string { return "" },
		struct{ A int }{}, complex64(1), uintptr(0), []Point{}}
	for _, v := range vals {
		t := reflect.TypeOf(v)
		fmt.Printf("%v|%s|%q|%q|%v|%d\n", t, t.String(), t.Name(), t.PkgPath(), t.Kind(), t.Kind())
	}
	fmt.Println(reflect.TypeOf(nil) == nil, reflect.TypeOf(1) == reflect.TypeOf(2), reflect.TypeOf(1) == reflect.TypeOf(int64(2)))
	fmt.Println(reflect.TypeOf([]int{}) == reflect.TypeOf([]int{1}), reflect.TypeOf(Point{}) == reflect.TypeOf(&Point{}).Elem())
	fmt.Printf("%T\n", reflect.TypeOf(1))
	fmt.Println(reflect.Ptr == reflect.Pointer, reflect.Kind(100), reflect.Invalid, reflect.UnsafePointer, reflect.Interface)

	t := reflect.TypeOf(Point{})
	fmt.Println(t.NumField(), t.Size(), t.Comparable(), reflect.TypeOf([]int{}).Comparable())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Printf("%s %v %d %v %v %q %q %v\n", f.Name, f.Type, f.Offset, f.Index, f.Anonymous, f.PkgPath, f.Tag, f.IsExported())
	}
	tag := t.Field(2).Tag
	fmt.Printf("%q %q\n", tag.Get("json"), tag.Get("xml"))
	v, ok := tag.Lookup("yaml")
	fmt.Printf("%q %v\n", v, ok)
	ot := reflect.TypeOf(Outer{})
	fmt.Println(ot.Field(0).Name, ot.Field(0).Anonymous, ot.Field(0).Type, ot.Field(1).Tag.Get("tag"))
	sf, ok := ot.FieldByName("A")
	fmt.Println(sf.Name, sf.Index, ok)
	_, ok = ot.FieldByName("Z")
	fmt.Println(ok)

	mt := reflect.TypeOf(map[string][]int{})
	fmt.Println(mt.Key(), mt.Elem(), mt.Elem().Elem())
	fmt.Println(reflect.TypeOf([4]byte{}).Len(), reflect.TypeOf([4]byte{}).Elem())
	fmt.Println(reflect.TypeOf(1).Bits(), reflect.TypeOf(float32(1)).Bits(), reflect.TypeOf(uint8(1)).Size())
	fmt.Println(reflect.TypeOf(Celsius(1)).NumMethod(), reflect.TypeOf(Square{}).NumMethod(), reflect.TypeOf(Point{}).NumMethod())

	shape := reflect.TypeOf((*Shape)(nil)).Elem()
	stringer := reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
	fmt.Println(shape, shape.Kind(), shape.NumMethod(), stringer)
	fmt.Println(reflect.TypeOf(Square{}).Implements(shape), reflect.TypeOf(Point{}).Implements(shape))
	fmt.Println(reflect.TypeOf(Celsius(0)).Implements(stringer), reflect.TypeOf(time.Second).Implements(stringer))
	fmt.Println(reflect.TypeOf(Square{}).AssignableTo(shape), reflect.TypeOf(1).AssignableTo(reflect.TypeOf(2)),
		reflect.TypeOf(1).AssignableTo(reflect.TypeOf("")), reflect.TypeOf(Celsius(1)).AssignableTo(reflect.TypeOf(1.0)))
	fmt.Println(reflect.PtrTo(t), reflect.PointerTo(t) == reflect.TypeOf(&Point{}), reflect.SliceOf(t), reflect.MapOf(reflect.TypeOf(""), t))
	fmt.Println(reflect.SliceOf(reflect.TypeOf(1)) == reflect.TypeOf([]int{}))

	try("Elem", func() { reflect.TypeOf(1).Elem() })
	try("Key", func() { reflect.TypeOf(1).Key() })
	try("Len", func() { reflect.TypeOf([]int{}).Len() })
	try("NumField", func() { reflect.TypeOf(1).NumField() })
	try("Field", func() { reflect.TypeOf(1).Field(0) })
	try("Field2", func() { t.Field(5) })
	try("Bits", func() { reflect.TypeOf("").Bits() })
	try("Implements", func() { reflect.TypeOf(1).Implements(reflect.TypeOf(1)) })
	types := map[reflect.Type]int{reflect.TypeOf(1): 1, reflect.TypeOf(""): 2}
	fmt.Println(types[reflect.TypeOf(5)], types[reflect.TypeOf("x")], types[reflect.TypeOf(1.0)])
}
