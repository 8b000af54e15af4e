// Go's reflect package, a stand-in built on the runtime's type descriptors (go/type.h): gc's
// reflect reads gc's own type layout, which go2cpp does not have.
//
// Type is `*rtype` (the stub says why), and an rtype is a type_desc: a Type is the descriptor
// pointer itself, so == on Types is identity and nothing is allocated.
//
// A Value is (type, pointer to the value's storage, flags): the storage is the interface box for
// ValueOf, the variable for what Elem of a pointer reaches (addressable), or inside its parent
// for Field and Index. Values are copied type-erased with memcpy, which every Go value allows
// here (go/map.h relies on the same). Panics are Go's (`*reflect.ValueError` for a method called
// on the wrong kind, plain strings for the rest), with Go 1.19's texts.
//
// Methods follow the emitter's rule: free functions `Type_Method(receiver, ...)`.
#pragma once

#include <tuple>
#include <type_traits>

#include "go/any.h"
#include "go/func.h"
#include "go/ptr.h"
#include "go/slice.h"
#include "go/string.h"
#include "go/type.h"

namespace go::reflect {

using Kind = uint64;
inline constexpr Kind Invalid = 0, Bool = 1, Int = 2, Int8 = 3, Int16 = 4, Int32 = 5, Int64 = 6,
                      Uint = 7, Uint8 = 8, Uint16 = 9, Uint32 = 10, Uint64 = 11, Uintptr = 12,
                      Float32 = 13, Float64 = 14, Complex64 = 15, Complex128 = 16, Array = 17,
                      Chan = 18, Func = 19, Interface = 20, Map = 21, Pointer = 22, Slice = 23,
                      String = 24, Struct = 25, UnsafePointer = 26, Ptr = Pointer;
go::string Kind_String(Kind k);
const type_desc* Kind_desc();

// A Type: the descriptor itself, seen as Go's unexported *rtype.
struct rtype : type_desc {};
using Type = ptr<rtype>;
inline Type type_ptr(const type_desc* t) { return Type(static_cast<rtype*>(const_cast<type_desc*>(t))); }
const type_desc* rtype_desc();

using StructTag = go::string;
go::string StructTag_Get(StructTag tag, go::string key);
std::tuple<go::string, bool> StructTag_Lookup(StructTag tag, go::string key);
const type_desc* StructTag_desc();

struct StructField {
  go::string Name;
  go::string PkgPath;
  ::go::reflect::Type Type;
  StructTag Tag;
  uintptr Offset = 0;
  go::slice<int_> Index;
  bool Anonymous = false;
};
bool StructField_IsExported(StructField f);
const type_desc* StructField_desc();

Kind rtype_Kind(Type t);
go::string rtype_Name(Type t);
go::string rtype_String(Type t);
go::string rtype_PkgPath(Type t);
Type rtype_Elem(Type t);
Type rtype_Key(Type t);
int_ rtype_Len(Type t);
int_ rtype_NumField(Type t);
StructField rtype_Field(Type t, int_ i);
std::tuple<StructField, bool> rtype_FieldByName(Type t, go::string name);
int_ rtype_NumMethod(Type t);
uintptr rtype_Size(Type t);
int_ rtype_Align(Type t);
int_ rtype_Bits(Type t);
bool rtype_Comparable(Type t);
bool rtype_Implements(Type t, Type u);
bool rtype_AssignableTo(Type t, Type u);

Type TypeOf(const any& i);
Type PtrTo(Type t);
Type PointerTo(Type t);
Type SliceOf(Type t);
Type MapOf(Type key, Type elem);

struct Value {
  const type_desc* typ = nullptr;  // null: the zero (invalid) Value
  void* ptr = nullptr;             // the value's storage
  uint64 flag = 0;                 // flag_addr | flag_ro
  bool operator==(const Value&) const = default;
};
inline constexpr uint64 flag_addr = 1;  // addressable (CanAddr; CanSet unless flag_ro)
inline constexpr uint64 flag_ro = 2;    // reached through an unexported field
const type_desc* Value_desc();

Value ValueOf(const any& i);
Value New(Type typ);
Value Zero(Type typ);
Value Indirect(Value v);
Value MakeSlice(Type typ, int_ len, int_ cap);
Value MakeMap(Type typ);
// Append(s, x...) gets its arguments as the emitter passes a runtime package's variadic ones:
// one by one, or the slice itself wrapped in spread.
Value append_slice(Value s, go::slice<Value> x);
struct spread {
  go::slice<Value> args;
};
inline Value Append(Value s, spread x) { return append_slice(s, x.args); }
template <class... A>
  requires(std::is_same_v<A, Value> && ...)
Value Append(Value s, const A&... x) {
  if constexpr (sizeof...(A) == 0) {
    return append_slice(s, go::slice<Value>());
  } else {
    Value args[] = {x...};
    return append_slice(s, go::slice<Value>(args, sizeof...(A), sizeof...(A)));
  }
}
go::func<void(int_, int_)> Swapper(const any& slice);
bool DeepEqual(const any& x, const any& y);

Kind Value_Kind(Value v);
Type Value_Type(Value v);
bool Value_IsValid(Value v);
bool Value_IsNil(Value v);
bool Value_IsZero(Value v);
int_ Value_Len(Value v);
int_ Value_Cap(Value v);
Value Value_Index(Value v, int_ i);
Value Value_Field(Value v, int_ i);
Value Value_FieldByName(Value v, go::string name);
int_ Value_NumField(Value v);
int_ Value_NumMethod(Value v);
Value Value_Elem(Value v);
Value Value_Addr(Value v);
any Value_Interface(Value v);
int64 Value_Int(Value v);
uint64 Value_Uint(Value v);
float64 Value_Float(Value v);
complex128 Value_Complex(Value v);
go::string Value_String(Value v);
bool Value_Bool(Value v);
go::slice<uint8> Value_Bytes(Value v);
uintptr Value_Pointer(Value v);
bool Value_CanSet(Value v);
bool Value_CanAddr(Value v);
bool Value_CanInterface(Value v);
bool Value_CanInt(Value v);
bool Value_CanUint(Value v);
bool Value_CanFloat(Value v);
void Value_Set(Value v, Value x);
void Value_SetInt(Value v, int64 x);
void Value_SetUint(Value v, uint64 x);
void Value_SetFloat(Value v, float64 x);
void Value_SetString(Value v, go::string x);
void Value_SetBool(Value v, bool x);
void Value_SetComplex(Value v, complex128 x);
void Value_SetLen(Value v, int_ n);
void Value_SetMapIndex(Value v, Value key, Value elem);
go::slice<Value> Value_MapKeys(Value v);
Value Value_MapIndex(Value v, Value key);
Value Value_Slice(Value v, int_ i, int_ j);

struct MapIter {
  Value m;
  go::slice<Value> keys;
  int_ i = -1;
  bool operator==(const MapIter&) const = default;
};
ptr<MapIter> Value_MapRange(Value v);
bool MapIter_Next(ptr<MapIter> it);
Value MapIter_Key(ptr<MapIter> it);
Value MapIter_Value(ptr<MapIter> it);
const type_desc* MapIter_desc();

struct ValueError {
  go::string Method;
  ::go::reflect::Kind Kind = 0;
  bool operator==(const ValueError&) const = default;
};
go::string ValueError_Error(ptr<ValueError> e);
const type_desc* ValueError_desc();

struct StringHeader {
  uintptr Data = 0;
  int_ Len = 0;
  bool operator==(const StringHeader&) const = default;
};
struct SliceHeader {
  uintptr Data = 0;
  int_ Len = 0;
  int_ Cap = 0;
  bool operator==(const SliceHeader&) const = default;
};
const type_desc* StringHeader_desc();
const type_desc* SliceHeader_desc();

}  // namespace go::reflect

template <>
struct go::detail::type_of_impl<go::reflect::rtype> {
  static const go::type_desc* get() { return go::reflect::rtype_desc(); }
};
template <>
struct go::detail::type_of_impl<go::reflect::Value> {
  static const go::type_desc* get() { return go::reflect::Value_desc(); }
};
template <>
struct go::detail::type_of_impl<go::reflect::StructField> {
  static const go::type_desc* get() { return go::reflect::StructField_desc(); }
};
template <>
struct go::detail::type_of_impl<go::reflect::MapIter> {
  static const go::type_desc* get() { return go::reflect::MapIter_desc(); }
};
template <>
struct go::detail::type_of_impl<go::reflect::ValueError> {
  static const go::type_desc* get() { return go::reflect::ValueError_desc(); }
};
template <>
struct go::detail::type_of_impl<go::reflect::StringHeader> {
  static const go::type_desc* get() { return go::reflect::StringHeader_desc(); }
};
template <>
struct go::detail::type_of_impl<go::reflect::SliceHeader> {
  static const go::type_desc* get() { return go::reflect::SliceHeader_desc(); }
};
