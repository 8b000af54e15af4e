// Package reflect as go2cpp programs see it; implemented in C++ over the runtime's type
// descriptors (include/go/reflect.h, src/reflect*.cpp, docs/stdlib.md). Go's reflect reads gc's
// own type layout, so it is not translated.
//
// Type is an alias of *rtype rather than Go's interface: every Type is a descriptor pointer,
// descriptors are unique per type, so == on Types is type identity, %v prints String() and %T
// prints *reflect.rtype as in Go. (A program cannot implement Type itself.) Unexported fields
// are placeholders for the checker; the C++ types have their own.
package reflect

type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

const Ptr = Pointer

func (k Kind) String() string

type rtype struct{ kind uint8 }

type Type = *rtype

func (t *rtype) Kind() Kind
func (t *rtype) Name() string
func (t *rtype) String() string
func (t *rtype) PkgPath() string
func (t *rtype) Elem() Type
func (t *rtype) Key() Type
func (t *rtype) Len() int
func (t *rtype) NumField() int
func (t *rtype) Field(i int) StructField
func (t *rtype) FieldByName(name string) (StructField, bool)
func (t *rtype) NumMethod() int
func (t *rtype) Size() uintptr
func (t *rtype) Align() int
func (t *rtype) Bits() int
func (t *rtype) Comparable() bool
func (t *rtype) Implements(u Type) bool
func (t *rtype) AssignableTo(u Type) bool

func TypeOf(i any) Type
func PtrTo(t Type) Type
func PointerTo(t Type) Type
func SliceOf(t Type) Type
func MapOf(key, elem Type) Type

type StructField struct {
	Name      string
	PkgPath   string
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

func (f StructField) IsExported() bool

type StructTag string

func (tag StructTag) Get(key string) string
func (tag StructTag) Lookup(key string) (value string, ok bool)

type Value struct {
	typ  *rtype
	ptr  uintptr
	flag uintptr
}

func ValueOf(i any) Value
func New(typ Type) Value
func Zero(typ Type) Value
func Indirect(v Value) Value
func MakeSlice(typ Type, len, cap int) Value
func MakeMap(typ Type) Value
func Append(s Value, x ...Value) Value
func Swapper(slice any) func(i, j int)
func DeepEqual(x, y any) bool

func (v Value) Kind() Kind
func (v Value) Type() Type
func (v Value) IsValid() bool
func (v Value) IsNil() bool
func (v Value) IsZero() bool
func (v Value) Len() int
func (v Value) Cap() int
func (v Value) Index(i int) Value
func (v Value) Field(i int) Value
func (v Value) FieldByName(name string) Value
func (v Value) NumField() int
func (v Value) NumMethod() int
func (v Value) Elem() Value
func (v Value) Addr() Value
func (v Value) Interface() any
func (v Value) Int() int64
func (v Value) Uint() uint64
func (v Value) Float() float64
func (v Value) Complex() complex128
func (v Value) String() string
func (v Value) Bool() bool
func (v Value) Bytes() []byte
func (v Value) Pointer() uintptr
func (v Value) CanSet() bool
func (v Value) CanAddr() bool
func (v Value) CanInterface() bool
func (v Value) CanInt() bool
func (v Value) CanUint() bool
func (v Value) CanFloat() bool
func (v Value) Set(x Value)
func (v Value) SetInt(x int64)
func (v Value) SetUint(x uint64)
func (v Value) SetFloat(x float64)
func (v Value) SetString(x string)
func (v Value) SetBool(x bool)
func (v Value) SetComplex(x complex128)
func (v Value) SetLen(n int)
func (v Value) SetMapIndex(key, elem Value)
func (v Value) MapKeys() []Value
func (v Value) MapIndex(key Value) Value
func (v Value) MapRange() *MapIter
func (v Value) Slice(i, j int) Value

type MapIter struct {
	m    Value
	keys []Value
	i    int
}

func (it *MapIter) Next() bool
func (it *MapIter) Key() Value
func (it *MapIter) Value() Value

type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string

type StringHeader struct {
	Data uintptr
	Len  int
}

type SliceHeader struct {
	Data uintptr
	Len  int
	Cap  int
}
