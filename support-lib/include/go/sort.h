// Package sort: a hand-written stand-in running Go 1.19's algorithms (src/sort.cpp): pdqsort for
// Sort/Slice/Ints/..., insertion sort with symMerge for Stable/SliceStable, so results match Go's
// element for element, equal elements included.
#pragma once

#include <string_view>

#include "go/any.h"
#include "go/builtin.h"
#include "go/func.h"
#include "go/iface.h"
#include "go/slice.h"
#include "go/string.h"

namespace go::sort {

// type Interface interface { Len() int; Less(i, j int) bool; Swap(i, j int) }
struct Interface_methods : go::itab {
  static constexpr std::string_view names[] = {"Len", "Less", "Swap"};
  static constexpr std::string_view sigs[] = {"func() int", "func(int, int) bool", "func(int, int)"};
  go::int_ (*Len)(void* self);
  bool (*Less)(void* self, go::int_, go::int_);
  void (*Swap)(void* self, go::int_, go::int_);
};
struct Interface : go::iface<Interface_methods> {
  using go::iface<Interface_methods>::iface;
  go::int_ Len() const { return go::call(*this, &Interface_methods::Len); }
  bool Less(go::int_ i, go::int_ j) const { return go::call(*this, &Interface_methods::Less, i, j); }
  void Swap(go::int_ i, go::int_ j) const { return go::call(*this, &Interface_methods::Swap, i, j); }
};
extern const go::type_desc Interface_type;

using IntSlice = go::slice<go::int_>;
using StringSlice = go::slice<go::string>;
using Float64Slice = go::slice<go::float64>;
const go::type_desc* IntSlice_desc();
const go::type_desc* StringSlice_desc();
const go::type_desc* Float64Slice_desc();

go::int_ IntSlice_Len(IntSlice x);
bool IntSlice_Less(IntSlice x, go::int_ i, go::int_ j);
void IntSlice_Swap(IntSlice x, go::int_ i, go::int_ j);
void IntSlice_Sort(IntSlice x);
go::int_ StringSlice_Len(StringSlice x);
bool StringSlice_Less(StringSlice x, go::int_ i, go::int_ j);
void StringSlice_Swap(StringSlice x, go::int_ i, go::int_ j);
void StringSlice_Sort(StringSlice x);
go::int_ Float64Slice_Len(Float64Slice x);
bool Float64Slice_Less(Float64Slice x, go::int_ i, go::int_ j);
void Float64Slice_Swap(Float64Slice x, go::int_ i, go::int_ j);
void Float64Slice_Sort(Float64Slice x);

using less_func = go::func<bool(go::int_, go::int_)>;

void Sort(const Interface& data);
void Stable(const Interface& data);
bool IsSorted(const Interface& data);
Interface Reverse(const Interface& data);
void Slice(const go::any& x, const less_func& less);
void SliceStable(const go::any& x, const less_func& less);
bool SliceIsSorted(const go::any& x, const less_func& less);
void Ints(const go::slice<go::int_>& x);
void Strings(const go::slice<go::string>& x);
void Float64s(const go::slice<go::float64>& x);
bool IntsAreSorted(const go::slice<go::int_>& x);
bool StringsAreSorted(const go::slice<go::string>& x);
bool Float64sAreSorted(const go::slice<go::float64>& x);
go::int_ Search(go::int_ n, const go::func<bool(go::int_)>& f);
go::int_ SearchInts(const go::slice<go::int_>& a, go::int_ x);
go::int_ SearchStrings(const go::slice<go::string>& a, const go::string& x);
go::int_ SearchFloat64s(const go::slice<go::float64>& a, go::float64 x);

}  // namespace go::sort

template <>
struct go::detail::type_of_impl<go::sort::Interface>
    : go::detail::basic_type_of<&go::sort::Interface_type> {};
