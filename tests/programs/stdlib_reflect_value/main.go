package main

import (
	"fmt"
	"reflect"
	"sort"
)

type Point struct {
	X, Y int
	name string
}

type Named string

func (n Named) String() string { return "named:" + string(n) }

type Holder struct {
	V   any
	P   *Point
	S   []string
	M   map[string]int
	F   func()
	Arr [2]float64
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
	v := reflect.ValueOf(42)
	fmt.Println(v.Kind(), v.Type(), v.Int(), v.IsValid(), v.CanSet(), v.CanAddr(), v.CanInterface(), v.IsZero())
	fmt.Println(v, v.String(), v.Interface())
	fmt.Printf("%v %d %T %x\n", v, v, v, v)
	fmt.Println(reflect.ValueOf("hi").String(), reflect.ValueOf(uint8(7)).Uint(), reflect.ValueOf(float32(1.5)).Float(), reflect.ValueOf(true).Bool())
	fmt.Println(reflect.ValueOf(Named("x")), reflect.ValueOf(Named("x")).String())
	var zero reflect.Value
	fmt.Println(zero.IsValid(), zero.Kind(), zero.String(), zero)
	fmt.Println(reflect.ValueOf(nil).IsValid())

	p := Point{1, 2, "p"}
	pv := reflect.ValueOf(&p).Elem()
	fmt.Println(pv.Kind(), pv.NumField(), pv.CanSet(), pv.CanAddr(), pv.Field(0).CanSet(), pv.Field(2).CanSet(), pv.Field(2).CanInterface())
	pv.Field(0).SetInt(10)
	pv.FieldByName("Y").Set(reflect.ValueOf(20))
	fmt.Println(p, pv.Field(2).String(), pv.Field(2))
	fmt.Println(pv, reflect.ValueOf(&p))
	fmt.Println(pv.Addr().Interface() == &p, reflect.Indirect(reflect.ValueOf(&p)).Field(1).Int())

	s := []int{3, 1, 2}
	sv := reflect.ValueOf(s)
	fmt.Println(sv.Len(), sv.Cap(), sv.Index(1), sv.Index(0).CanSet(), sv.IsNil(), sv.Slice(1, 3))
	sv.Index(0).SetInt(30)
	fmt.Println(s)
	sv = reflect.Append(sv, reflect.ValueOf(4), reflect.ValueOf(5))
	fmt.Println(sv.Len(), sv.Interface(), s)
	ms := reflect.MakeSlice(reflect.TypeOf([]string{}), 2, 5)
	ms.Index(1).SetString("b")
	fmt.Printf("%q %d %d\n", ms.Interface(), ms.Len(), ms.Cap())
	fmt.Println(reflect.ValueOf([]byte("abc")).Bytes(), reflect.ValueOf("abc").Index(1), reflect.ValueOf([2]int{5, 6}).Index(1))

	m := map[string]int{"a": 1, "b": 2, "c": 3}
	mv := reflect.ValueOf(m)
	keys := mv.MapKeys()
	sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
	fmt.Println(len(keys), keys, mv.MapIndex(reflect.ValueOf("b")), mv.MapIndex(reflect.ValueOf("z")).IsValid())
	mv.SetMapIndex(reflect.ValueOf("d"), reflect.ValueOf(4))
	mv.SetMapIndex(reflect.ValueOf("a"), reflect.Value{})
	fmt.Println(m)
	sum := 0
	iter := mv.MapRange()
	for iter.Next() {
		sum += int(iter.Value().Int()) * len(iter.Key().String())
	}
	fmt.Println(sum)

	var x float64 = 3.4
	xv := reflect.ValueOf(&x).Elem()
	xv.SetFloat(7.1)
	fmt.Println(x, xv.Float(), xv.Interface())
	c64 := complex64(1 + 2i)
	reflect.ValueOf(&c64).Elem().SetComplex(3 - 4i)
	fmt.Println(c64, reflect.ValueOf(c64).Complex(), reflect.ValueOf(c64).Kind())
	np := reflect.New(reflect.TypeOf(0))
	np.Elem().SetInt(9)
	fmt.Println(np.Type(), np.Elem().Int(), *(np.Interface().(*int)))
	z := reflect.Zero(reflect.TypeOf(Point{}))
	fmt.Println(z, z.IsZero(), reflect.ValueOf(Point{X: 1}).IsZero(), reflect.ValueOf(-0.0).IsZero())

	h := Holder{V: "in", S: nil}
	hv := reflect.ValueOf(&h).Elem()
	fmt.Println(hv.Field(0).Kind(), hv.Field(0).Elem().Kind(), hv.Field(0).Elem(), hv.Field(1).IsNil(), hv.Field(2).IsNil(), hv.Field(3).IsNil(), hv.Field(4).IsNil())
	hv.Field(0).Set(reflect.ValueOf(12))
	hv.Field(1).Set(reflect.ValueOf(&Point{X: 5}))
	hv.Field(5).Index(1).SetFloat(2.5)
	fmt.Println(h.V, h.P.X, h.Arr, hv.Field(1).Elem().Field(0), hv.Field(1).Pointer() != 0)
	fmt.Println(reflect.ValueOf(h.V).Kind(), reflect.ValueOf(&h.V).Elem().Kind())

	swap := reflect.Swapper([]string{"a", "b", "c"})
	strs := []string{"a", "b", "c"}
	swap = reflect.Swapper(strs)
	swap(0, 2)
	fmt.Println(strs)

	try("Int", func() { reflect.ValueOf("s").Int() })
	try("IntZero", func() { zero.Int() })
	try("SetInt", func() { reflect.ValueOf(1).SetInt(2) })
	try("SetUnexported", func() { pv.Field(2).SetString("q") })
	try("Interface", func() { pv.Field(2).Interface() })
	try("Set", func() { pv.Field(0).Set(reflect.ValueOf("str")) })
	try("SetKind", func() { pv.Field(0).SetString("str") })
	try("Elem", func() { reflect.ValueOf(1).Elem() })
	try("IsNil", func() { reflect.ValueOf(1).IsNil() })
	try("Index", func() { sv.Index(10) })
	try("Len", func() { reflect.ValueOf(1).Len() })
	try("Field", func() { reflect.ValueOf(1).Field(0) })
	try("Type", func() { zero.Type() })
	try("New", func() { reflect.New(nil) })
	try("MakeSlice", func() { reflect.MakeSlice(reflect.TypeOf(1), 0, 0) })
	try("Swapper", func() { reflect.Swapper(1) })
	try("Bool", func() { reflect.ValueOf(1).Bool() })
	try("Float", func() { reflect.ValueOf(1).Float() })
	try("Uint", func() { reflect.ValueOf(1).Uint() })
	try("Addr", func() { reflect.ValueOf(1).Addr() })
	try("MapIndex", func() { reflect.ValueOf(1).MapIndex(reflect.ValueOf(1)) })
	try("IsZero", func() { zero.IsZero() })
	try("Next", func() { it := mv.MapRange(); it.Key() })
}
