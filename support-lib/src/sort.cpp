// Package sort stand-in: Go 1.19's pdqsort (sort/zsortfunc.go) and stable sort, written over any
// `data` with less(i, j) and swap(i, j), so that every Go caller sees the same comparisons and
// swaps in the same order as with gc.
#include "go/sort.h"

#include <bit>
#include <cstring>

#include "go/panic.h"

namespace go::sort {

namespace {

enum class hint { unknown, increasing, decreasing };

template <class D>
struct sorter {
  D& data;

  void insertion_sort(int64_t a, int64_t b) {
    for (int64_t i = a + 1; i < b; i++) {
      for (int64_t j = i; j > a && data.less(j, j - 1); j--) data.swap(j, j - 1);
    }
  }

  void sift_down(int64_t lo, int64_t hi, int64_t first) {
    int64_t root = lo;
    for (;;) {
      int64_t child = 2 * root + 1;
      if (child >= hi) break;
      if (child + 1 < hi && data.less(first + child, first + child + 1)) child++;
      if (!data.less(first + root, first + child)) return;
      data.swap(first + root, first + child);
      root = child;
    }
  }

  void heap_sort(int64_t a, int64_t b) {
    int64_t first = a, lo = 0, hi = b - a;
    for (int64_t i = (hi - 1) / 2; i >= 0; i--) sift_down(i, hi, first);
    for (int64_t i = hi - 1; i >= 0; i--) {
      data.swap(first, first + i);
      sift_down(lo, i, first);
    }
  }

  void pdqsort(int64_t a, int64_t b, int64_t limit) {
    const int64_t max_insertion = 12;
    bool was_balanced = true, was_partitioned = true;
    for (;;) {
      int64_t length = b - a;
      if (length <= max_insertion) {
        insertion_sort(a, b);
        return;
      }
      if (limit == 0) {
        heap_sort(a, b);
        return;
      }
      if (!was_balanced) {
        break_patterns(a, b);
        limit--;
      }
      auto [pivot, h] = choose_pivot(a, b);
      if (h == hint::decreasing) {
        reverse_range(a, b);
        pivot = (b - 1) - (pivot - a);
        h = hint::increasing;
      }
      if (was_balanced && was_partitioned && h == hint::increasing) {
        if (partial_insertion_sort(a, b)) return;
      }
      if (a > 0 && !data.less(a - 1, pivot)) {
        a = partition_equal(a, b, pivot);
        continue;
      }
      auto [mid, already] = partition(a, b, pivot);
      was_partitioned = already;
      int64_t left = mid - a, right = b - mid;
      int64_t balance = length / 8;
      if (left < right) {
        was_balanced = left >= balance;
        pdqsort(a, mid, limit);
        a = mid + 1;
      } else {
        was_balanced = right >= balance;
        pdqsort(mid + 1, b, limit);
        b = mid;
      }
    }
  }

  std::pair<int64_t, bool> partition(int64_t a, int64_t b, int64_t pivot) {
    data.swap(a, pivot);
    int64_t i = a + 1, j = b - 1;
    while (i <= j && data.less(i, a)) i++;
    while (i <= j && !data.less(j, a)) j--;
    if (i > j) {
      data.swap(j, a);
      return {j, true};
    }
    data.swap(i, j);
    i++;
    j--;
    for (;;) {
      while (i <= j && data.less(i, a)) i++;
      while (i <= j && !data.less(j, a)) j--;
      if (i > j) break;
      data.swap(i, j);
      i++;
      j--;
    }
    data.swap(j, a);
    return {j, false};
  }

  int64_t partition_equal(int64_t a, int64_t b, int64_t pivot) {
    data.swap(a, pivot);
    int64_t i = a + 1, j = b - 1;
    for (;;) {
      while (i <= j && !data.less(a, i)) i++;
      while (i <= j && data.less(a, j)) j--;
      if (i > j) break;
      data.swap(i, j);
      i++;
      j--;
    }
    return i;
  }

  bool partial_insertion_sort(int64_t a, int64_t b) {
    const int max_steps = 5;
    const int64_t shortest_shifting = 50;
    int64_t i = a + 1;
    for (int step = 0; step < max_steps; step++) {
      while (i < b && !data.less(i, i - 1)) i++;
      if (i == b) return true;
      if (b - a < shortest_shifting) return false;
      data.swap(i, i - 1);
      if (i - a >= 2) {
        for (int64_t j = i - 1; j >= 1; j--) {
          if (!data.less(j, j - 1)) break;
          data.swap(j, j - 1);
        }
      }
      if (b - i >= 2) {
        for (int64_t j = i + 1; j < b; j++) {
          if (!data.less(j, j - 1)) break;
          data.swap(j, j - 1);
        }
      }
    }
    return false;
  }

  void break_patterns(int64_t a, int64_t b) {
    int64_t length = b - a;
    if (length < 8) return;
    uint64_t random = static_cast<uint64_t>(length);
    uint64_t modulus = uint64_t{1} << std::bit_width(static_cast<uint64_t>(length));
    for (int64_t idx = a + (length / 4) * 2 - 1; idx <= a + (length / 4) * 2 + 1; idx++) {
      random ^= random << 13;
      random ^= random >> 17;
      random ^= random << 5;
      int64_t other = static_cast<int64_t>(random & (modulus - 1));
      if (other >= length) other -= length;
      data.swap(idx, a + other);
    }
  }

  std::pair<int64_t, hint> choose_pivot(int64_t a, int64_t b) {
    const int64_t shortest_ninther = 50;
    const int max_swaps = 4 * 3;
    int64_t l = b - a;
    int swaps = 0;
    int64_t i = a + l / 4 * 1, j = a + l / 4 * 2, k = a + l / 4 * 3;
    if (l >= 8) {
      if (l >= shortest_ninther) {
        i = median(i - 1, i, i + 1, swaps);
        j = median(j - 1, j, j + 1, swaps);
        k = median(k - 1, k, k + 1, swaps);
      }
      j = median(i, j, k, swaps);
    }
    if (swaps == 0) return {j, hint::increasing};
    if (swaps == max_swaps) return {j, hint::decreasing};
    return {j, hint::unknown};
  }

  void order2(int64_t& a, int64_t& b, int& swaps) {
    if (data.less(b, a)) {
      swaps++;
      std::swap(a, b);
    }
  }

  int64_t median(int64_t a, int64_t b, int64_t c, int& swaps) {
    order2(a, b, swaps);
    order2(b, c, swaps);
    order2(a, b, swaps);
    return b;
  }

  void reverse_range(int64_t a, int64_t b) {
    for (int64_t i = a, j = b - 1; i < j; i++, j--) data.swap(i, j);
  }

  void swap_range(int64_t a, int64_t b, int64_t n) {
    for (int64_t i = 0; i < n; i++) data.swap(a + i, b + i);
  }

  void stable(int64_t n) {
    int64_t block = 20, a = 0, b = block;
    while (b <= n) {
      insertion_sort(a, b);
      a = b;
      b += block;
    }
    insertion_sort(a, n);
    while (block < n) {
      a = 0;
      b = 2 * block;
      while (b <= n) {
        sym_merge(a, a + block, b);
        a = b;
        b += 2 * block;
      }
      if (int64_t m = a + block; m < n) sym_merge(a, m, n);
      block *= 2;
    }
  }

  void sym_merge(int64_t a, int64_t m, int64_t b) {
    if (m - a == 1) {
      int64_t i = m, j = b;
      while (i < j) {
        int64_t h = static_cast<int64_t>(static_cast<uint64_t>(i + j) >> 1);
        if (data.less(h, a)) {
          i = h + 1;
        } else {
          j = h;
        }
      }
      for (int64_t k = a; k < i - 1; k++) data.swap(k, k + 1);
      return;
    }
    if (b - m == 1) {
      int64_t i = a, j = m;
      while (i < j) {
        int64_t h = static_cast<int64_t>(static_cast<uint64_t>(i + j) >> 1);
        if (!data.less(m, h)) {
          i = h + 1;
        } else {
          j = h;
        }
      }
      for (int64_t k = m; k > i; k--) data.swap(k, k - 1);
      return;
    }
    int64_t mid = static_cast<int64_t>(static_cast<uint64_t>(a + b) >> 1);
    int64_t n = mid + m;
    int64_t start, r;
    if (m > mid) {
      start = n - b;
      r = mid;
    } else {
      start = a;
      r = m;
    }
    int64_t p = n - 1;
    while (start < r) {
      int64_t c = static_cast<int64_t>(static_cast<uint64_t>(start + r) >> 1);
      if (!data.less(p - c, c)) {
        start = c + 1;
      } else {
        r = c;
      }
    }
    int64_t end = n - start;
    if (start < m && m < end) rotate(start, m, end);
    if (a < start && start < mid) sym_merge(a, start, mid);
    if (mid < end && end < b) sym_merge(mid, end, b);
  }

  void rotate(int64_t a, int64_t m, int64_t b) {
    int64_t i = m - a, j = b - m;
    while (i != j) {
      if (i > j) {
        swap_range(m - i, m, j);
        i -= j;
      } else {
        swap_range(m - i, m + j - i, i);
        j -= i;
      }
    }
    swap_range(m - i, m, i);
  }
};

template <class D>
void pdq(D& d, int64_t n) {
  sorter<D>{d}.pdqsort(0, n, std::bit_width(static_cast<uint64_t>(n)));
}

template <class D>
void stable_sort(D& d, int64_t n) {
  sorter<D>{d}.stable(n);
}

struct iface_data {
  const Interface& x;
  bool less(int64_t i, int64_t j) { return x.Less(i, j); }
  void swap(int64_t i, int64_t j) { x.Swap(i, j); }
};

// A slice seen through its descriptor (reflectlite.Swapper): elements swapped as raw bytes.
struct any_slice_data {
  const less_func& less_fn;
  char* base;
  std::size_t size;
  char* tmp;  // one element; collected memory, since an element may hold the only pointer to something
  bool less(int64_t i, int64_t j) { return less_fn(i, j); }
  void swap(int64_t i, int64_t j) {
    if (i == j) return;
    char* a = base + static_cast<std::size_t>(i) * size;
    char* b = base + static_cast<std::size_t>(j) * size;
    std::memcpy(tmp, a, size);
    std::memcpy(a, b, size);
    std::memcpy(b, tmp, size);
  }
};

slice_header slice_of_any(const go::any& x) {
  if (x.type == nullptr || x.type->kind != go::kind::slice) {
    std::string msg = "reflect: call of Swapper on ";
    msg += x.type == nullptr ? std::string("zero Value") : std::string(x.type->name) + " Value";
    go::panic(go::any(go::string::from_view(msg)));
  }
  return *static_cast<const slice_header*>(x.data);
}

template <class T, class Less>
struct typed_data {
  const go::slice<T>& x;
  Less lt;
  bool less(int64_t i, int64_t j) { return lt(x[i], x[j]); }
  void swap(int64_t i, int64_t j) { std::swap(x[i], x[j]); }
};

bool less_float(go::float64 a, go::float64 b) { return a < b || (a != a && b == b); }

// *sort.reverse: Less reversed, Len and Swap of the embedded Interface.
struct reverse {
  Interface data;
};

const go::type_desc reverse_type = [] {
  go::type_desc d;
  d.kind = go::kind::struct_;
  d.name = "sort.reverse";
  d.pkg_path = "sort";
  d.named = true;
  d.has_pointers = true;
  d.size = sizeof(reverse);
  d.align = alignof(reverse);
  return d;
}();

const go::method_entry reverse_methods[] = {
    {"Len", go::erase_method(+[](void* self) { return (*static_cast<reverse**>(self))->data.Len(); })},
    {"Less", go::erase_method(+[](void* self, go::int_ i, go::int_ j) { return (*static_cast<reverse**>(self))->data.Less(j, i); })},
    {"Swap", go::erase_method(+[](void* self, go::int_ i, go::int_ j) { (*static_cast<reverse**>(self))->data.Swap(i, j); })},
};

const go::type_desc reverse_ptr_type = [] {
  go::type_desc d = go::plain_pointer_desc(&reverse_type);
  d.methods = reverse_methods;
  d.num_methods = 3;
  return d;
}();

template <class S, go::int_ (*LenF)(S), bool (*LessF)(S, go::int_, go::int_),
          void (*SwapF)(S, go::int_, go::int_), void (*SortF)(S)>
const go::type_desc* named_slice_desc(const char* name) {
  static go::type_desc desc;
  static bool done = false;
  if (!done) {
    done = true;
    desc = *go::type_of<S>();
    desc.name = name;
    desc.pkg_path = "sort";
    desc.named = true;
    static const go::method_entry methods[] = {
        {"Len", go::erase_method(+[](void* self) { return LenF(*static_cast<S*>(self)); })},
        {"Less", go::erase_method(+[](void* self, go::int_ i, go::int_ j) { return LessF(*static_cast<S*>(self), i, j); })},
        {"Sort", go::erase_method(+[](void* self) { SortF(*static_cast<S*>(self)); })},
        {"Swap", go::erase_method(+[](void* self, go::int_ i, go::int_ j) { SwapF(*static_cast<S*>(self), i, j); })},
    };
    desc.methods = methods;
    desc.num_methods = 4;
  }
  return &desc;
}

}  // namespace

const go::type_desc Interface_type = go::interface_desc<Interface>("sort.Interface", "sort", true);

go::int_ IntSlice_Len(IntSlice x) { return x.len(); }
bool IntSlice_Less(IntSlice x, go::int_ i, go::int_ j) { return x[i] < x[j]; }
void IntSlice_Swap(IntSlice x, go::int_ i, go::int_ j) { std::swap(x[i], x[j]); }
void IntSlice_Sort(IntSlice x) { Ints(x); }
go::int_ StringSlice_Len(StringSlice x) { return x.len(); }
bool StringSlice_Less(StringSlice x, go::int_ i, go::int_ j) { return x[i] < x[j]; }
void StringSlice_Swap(StringSlice x, go::int_ i, go::int_ j) { std::swap(x[i], x[j]); }
void StringSlice_Sort(StringSlice x) { Strings(x); }
go::int_ Float64Slice_Len(Float64Slice x) { return x.len(); }
bool Float64Slice_Less(Float64Slice x, go::int_ i, go::int_ j) { return less_float(x[i], x[j]); }
void Float64Slice_Swap(Float64Slice x, go::int_ i, go::int_ j) { std::swap(x[i], x[j]); }
void Float64Slice_Sort(Float64Slice x) { Float64s(x); }

const go::type_desc* IntSlice_desc() {
  return named_slice_desc<IntSlice, &IntSlice_Len, &IntSlice_Less, &IntSlice_Swap, &IntSlice_Sort>("sort.IntSlice");
}
const go::type_desc* StringSlice_desc() {
  return named_slice_desc<StringSlice, &StringSlice_Len, &StringSlice_Less, &StringSlice_Swap, &StringSlice_Sort>("sort.StringSlice");
}
const go::type_desc* Float64Slice_desc() {
  return named_slice_desc<Float64Slice, &Float64Slice_Len, &Float64Slice_Less, &Float64Slice_Swap, &Float64Slice_Sort>("sort.Float64Slice");
}

void Sort(const Interface& data) {
  iface_data d{data};
  pdq(d, data.Len());
}

void Stable(const Interface& data) {
  iface_data d{data};
  stable_sort(d, data.Len());
}

bool IsSorted(const Interface& data) {
  for (go::int_ i = data.Len() - 1; i > 0; i--) {
    if (data.Less(i, i - 1)) return false;
  }
  return true;
}

Interface Reverse(const Interface& data) {
  reverse* r = go::gc_new<reverse>(reverse{data});
  return Interface(&reverse_ptr_type, r);
}

void Slice(const go::any& x, const less_func& less) {
  slice_header h = slice_of_any(x);
  const auto size = static_cast<std::size_t>(x.type->elem->size);
  any_slice_data d{less, static_cast<char*>(h.data), size, static_cast<char*>(go::gc_alloc(size))};
  pdq(d, h.len);
}

void SliceStable(const go::any& x, const less_func& less) {
  slice_header h = slice_of_any(x);
  const auto size = static_cast<std::size_t>(x.type->elem->size);
  any_slice_data d{less, static_cast<char*>(h.data), size, static_cast<char*>(go::gc_alloc(size))};
  stable_sort(d, h.len);
}

bool SliceIsSorted(const go::any& x, const less_func& less) {
  slice_header h = slice_of_any(x);
  for (go::int_ i = h.len - 1; i > 0; i--) {
    if (less(i, i - 1)) return false;
  }
  return true;
}

void Ints(const go::slice<go::int_>& x) {
  typed_data<go::int_, std::less<go::int_>> d{x, {}};
  pdq(d, x.len());
}
void Strings(const go::slice<go::string>& x) {
  typed_data<go::string, std::less<go::string>> d{x, {}};
  pdq(d, x.len());
}
void Float64s(const go::slice<go::float64>& x) {
  typed_data<go::float64, bool (*)(go::float64, go::float64)> d{x, &less_float};
  pdq(d, x.len());
}

bool IntsAreSorted(const go::slice<go::int_>& x) {
  for (go::int_ i = x.len() - 1; i > 0; i--) {
    if (x[i] < x[i - 1]) return false;
  }
  return true;
}
bool StringsAreSorted(const go::slice<go::string>& x) {
  for (go::int_ i = x.len() - 1; i > 0; i--) {
    if (x[i] < x[i - 1]) return false;
  }
  return true;
}
bool Float64sAreSorted(const go::slice<go::float64>& x) {
  for (go::int_ i = x.len() - 1; i > 0; i--) {
    if (less_float(x[i], x[i - 1])) return false;
  }
  return true;
}

go::int_ Search(go::int_ n, const go::func<bool(go::int_)>& f) {
  go::int_ i = 0, j = n;
  while (i < j) {
    go::int_ h = static_cast<go::int_>(static_cast<uint64_t>(i + j) >> 1);
    if (!f(h)) {
      i = h + 1;
    } else {
      j = h;
    }
  }
  return i;
}

go::int_ SearchInts(const go::slice<go::int_>& a, go::int_ x) {
  return Search(a.len(), go::func<bool(go::int_)>([&](go::int_ i) { return a[i] >= x; }));
}
go::int_ SearchStrings(const go::slice<go::string>& a, const go::string& x) {
  return Search(a.len(), go::func<bool(go::int_)>([&](go::int_ i) { return a[i] >= x; }));
}
go::int_ SearchFloat64s(const go::slice<go::float64>& a, go::float64 x) {
  return Search(a.len(), go::func<bool(go::int_)>([&](go::int_ i) { return a[i] >= x; }));
}

}  // namespace go::sort
