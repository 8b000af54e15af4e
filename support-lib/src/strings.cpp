// Package strings stand-in (include/go/strings.h), following the Go 1.19 sources' semantics.
#include "go/strings.h"

#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "go/gc.h"
#include "go/iface.h"
#include "go/io.h"
#include "go/panic.h"
#include "unicode_class.h"

namespace go::strings {

namespace {

constexpr int32_t kRuneError = 0xFFFD;

go::string make(std::string_view v) { return go::string::from_view(v); }
std::string_view sv(const go::string& s) { return s.view(); }

go::slice<go::string> to_slice(const std::vector<go::string>& parts) {
  go::slice<go::string> out = go::make_slice<go::string>(static_cast<int64_t>(parts.size()));
  for (size_t i = 0; i < parts.size(); ++i) out[static_cast<int64_t>(i)] = parts[i];
  return out;
}

void append_rune(std::string& out, int32_t r) {
  uint8_t buf[4];
  int n = go::encode_rune(buf, r);
  out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

// Runes of s with their byte offsets and widths (invalid bytes: U+FFFD, width 1).
struct rune_at {
  int32_t r;
  int64_t pos;
  int64_t width;
};

std::vector<rune_at> runes(const go::string& s) {
  std::vector<rune_at> out;
  for (int64_t i = 0; i < s.len();) {
    go::decoded_rune d = go::decode_rune(s, i);
    out.push_back({d.r, i, d.size});
    i += d.size;
  }
  return out;
}

int64_t rune_count(const go::string& s) {
  int64_t n = 0;
  for (int64_t i = 0; i < s.len(); ++n) i += go::decode_rune(s, i).size;
  return n;
}

// The runes of a cutset, decoded once, as a predicate.
std::function<bool(int32_t)> cutset_pred(const go::string& cutset) {
  std::vector<int32_t> set;
  for (const rune_at& c : runes(cutset)) set.push_back(c.r);
  return [set = std::move(set)](int32_t r) {
    for (int32_t c : set) {
      if (c == r) return true;
    }
    return false;
  };
}

// s without its leading (trailing) runes for which pred holds.
template <class Pred>
go::string trim_left_if(const go::string& s, Pred&& pred) {
  for (const rune_at& x : runes(s)) {
    if (!pred(x.r)) return s.slice_from(x.pos);
  }
  return go::string();
}
template <class Pred>
go::string trim_right_if(const go::string& s, Pred&& pred) {
  std::vector<rune_at> rs = runes(s);
  for (size_t i = rs.size(); i > 0; --i) {
    if (!pred(rs[i - 1].r)) return s.slice(0, rs[i - 1].pos + rs[i - 1].width);
  }
  return go::string();
}

// The runs of runes between runes for which is_sep holds (Fields, FieldsFunc).
template <class Pred>
go::slice<go::string> fields_if(const go::string& s, Pred&& is_sep) {
  std::vector<go::string> parts;
  int64_t start = -1;
  for (const rune_at& x : runes(s)) {
    if (is_sep(x.r)) {
      if (start >= 0) {
        parts.push_back(s.slice(start, x.pos));
        start = -1;
      }
    } else if (start < 0) {
      start = x.pos;
    }
  }
  if (start >= 0) parts.push_back(s.slice_from(start));
  return to_slice(parts);
}

// Go's genSplit: sepSave bytes of the separator stay with each piece; n < 0 means all.
go::slice<go::string> gen_split(const go::string& s, const go::string& sep, int64_t save,
                                int64_t n) {
  if (n == 0) return go::slice<go::string>();
  if (sep.len() == 0) {
    std::vector<rune_at> rs = runes(s);
    int64_t count = static_cast<int64_t>(rs.size());
    if (n < 0 || n > count) n = count;
    std::vector<go::string> parts;
    for (int64_t i = 0; i < n; ++i) {
      const rune_at& r = rs[static_cast<size_t>(i)];
      parts.push_back(i == n - 1 ? s.slice_from(r.pos) : s.slice(r.pos, r.pos + r.width));
    }
    return to_slice(parts);
  }
  if (n < 0) n = Count(s, sep) + 1;
  if (n > s.len() + 1) n = s.len() + 1;
  std::vector<go::string> parts;
  go::string rest = s;
  while (static_cast<int64_t>(parts.size()) < n - 1) {
    int64_t m = Index(rest, sep);
    if (m < 0) break;
    parts.push_back(rest.slice(0, m + save));
    rest = rest.slice_from(m + sep.len());
  }
  parts.push_back(rest);
  return to_slice(parts);
}

go::string map_runes(const go::string& s, int32_t (*f)(int32_t)) {
  std::string out;
  out.reserve(static_cast<size_t>(s.len()));
  bool changed = false;
  for (const rune_at& r : runes(s)) {
    int32_t m = f(r.r);
    if (m != r.r || (r.r == kRuneError && r.width == 1)) changed = true;
    if (m >= 0) append_rune(out, m);
  }
  return changed ? make(out) : s;
}

int32_t to_title(int32_t r) { return go::detail::unicode_to_upper(r); }

}  // namespace

// ---- Builder

const go::type_desc Builder_type = [] {
  static const go::struct_field fields[] = {
      {"buf", go::type_of<go::slice<go::uint8>>(), 0, false, false}};
  go::type_desc d;
  d.kind = go::kind::struct_;
  d.name = "strings.Builder";
  d.pkg_path = "strings";
  d.named = true;
  d.has_pointers = true;
  d.size = sizeof(Builder);
  d.align = alignof(Builder);
  d.fields = fields;
  d.num_fields = 1;
  d.ptr_desc = [] {
    static go::type_desc p;
    static bool done = false;
    if (!done) {
      done = true;
      p = go::plain_pointer_desc(&Builder_type);
      static const go::method_entry methods[] = {
          {"Cap", go::erase_method(+[](void* self) { return Builder_Cap(*static_cast<go::ptr<Builder>*>(self)); })},
          {"Grow", go::erase_method(+[](void* self, go::int_ n) { Builder_Grow(*static_cast<go::ptr<Builder>*>(self), n); })},
          {"Len", go::erase_method(+[](void* self) { return Builder_Len(*static_cast<go::ptr<Builder>*>(self)); })},
          {"Reset", go::erase_method(+[](void* self) { Builder_Reset(*static_cast<go::ptr<Builder>*>(self)); })},
          {"String", go::erase_method(+[](void* self) { return Builder_String(*static_cast<go::ptr<Builder>*>(self)); })},
          {"Write", go::erase_method(+[](void* self, go::slice<go::uint8> b) { return Builder_Write(*static_cast<go::ptr<Builder>*>(self), b); })},
          {"WriteByte", go::erase_method(+[](void* self, go::uint8 c) { return Builder_WriteByte(*static_cast<go::ptr<Builder>*>(self), c); })},
          {"WriteRune", go::erase_method(+[](void* self, go::int32 r) { return Builder_WriteRune(*static_cast<go::ptr<Builder>*>(self), r); })},
          {"WriteString", go::erase_method(+[](void* self, go::string s) { return Builder_WriteString(*static_cast<go::ptr<Builder>*>(self), s); })},
      };
      p.methods = methods;
      p.num_methods = 9;
      p.string_method = [](const void* v) { return Builder_String(*static_cast<const go::ptr<Builder>*>(v)); };
    }
    return static_cast<const go::type_desc*>(&p);
  };
  return d;
}();

go::string Builder_String(go::ptr<Builder> b) {
  return go::string(b->buf.data(), b->buf.len());  // shares the bytes, as Go's unsafe String()
}
go::int_ Builder_Len(go::ptr<Builder> b) { return b->buf.len(); }
go::int_ Builder_Cap(go::ptr<Builder> b) { return b->buf.cap(); }
void Builder_Reset(go::ptr<Builder> b) { b->buf = go::slice<go::uint8>(); }
void Builder_Grow(go::ptr<Builder> b, go::int_ n) {
  if (n < 0) go::panic(go::any(go::string("strings.Builder.Grow: negative count")));
  if (b->buf.cap() - b->buf.len() < n) {
    go::slice<go::uint8> grown = go::make_slice<go::uint8>(b->buf.len(), 2 * b->buf.cap() + n);
    go::copy(grown, b->buf);
    b->buf = grown;
  }
}
std::tuple<go::int_, go::error> Builder_Write(go::ptr<Builder> b, go::slice<go::uint8> p) {
  b->buf = go::append_slice(b->buf, p);
  return {p.len(), nullptr};
}
go::error Builder_WriteByte(go::ptr<Builder> b, go::uint8 c) {
  b->buf = go::append(b->buf, c);
  return nullptr;
}
std::tuple<go::int_, go::error> Builder_WriteRune(go::ptr<Builder> b, go::int32 r) {
  uint8_t buf[4];
  int n = go::encode_rune(buf, r);
  for (int i = 0; i < n; ++i) b->buf = go::append(b->buf, buf[i]);
  return {n, nullptr};
}
std::tuple<go::int_, go::error> Builder_WriteString(go::ptr<Builder> b, go::string s) {
  b->buf = go::append_string(b->buf, s);
  return {s.len(), nullptr};
}

// ---- Reader

const go::type_desc Reader_type = [] {
  go::type_desc d;
  d.kind = go::kind::struct_;
  d.name = "strings.Reader";
  d.pkg_path = "strings";
  d.named = true;
  d.has_pointers = true;
  d.size = sizeof(Reader);
  d.align = alignof(Reader);
  d.ptr_desc = [] {
    static go::type_desc p;
    static bool done = false;
    if (!done) {
      done = true;
      p = go::plain_pointer_desc(&Reader_type);
      static const go::method_entry methods[] = {
          {"Len", go::erase_method(+[](void* self) { return Reader_Len(*static_cast<go::ptr<Reader>*>(self)); })},
          {"Read", go::erase_method(+[](void* self, go::slice<go::uint8> b) { return Reader_Read(*static_cast<go::ptr<Reader>*>(self), b); })},
          {"ReadByte", go::erase_method(+[](void* self) { return Reader_ReadByte(*static_cast<go::ptr<Reader>*>(self)); })},
          {"ReadRune", go::erase_method(+[](void* self) { return Reader_ReadRune(*static_cast<go::ptr<Reader>*>(self)); })},
      };
      p.methods = methods;
      p.num_methods = 4;
    }
    return static_cast<const go::type_desc*>(&p);
  };
  return d;
}();

go::ptr<Reader> NewReader(const go::string& s) { return go::gc_new<Reader>(Reader{s, 0}); }
go::int_ Reader_Len(go::ptr<Reader> r) { return r->i >= r->s.len() ? 0 : r->s.len() - r->i; }
std::tuple<go::int_, go::error> Reader_Read(go::ptr<Reader> r, go::slice<go::uint8> b) {
  if (r->i >= r->s.len()) return {0, go::io::EOF_};
  go::int_ n = go::copy(b, r->s.slice_from(r->i));
  r->i += n;
  return {n, nullptr};
}
std::tuple<go::uint8, go::error> Reader_ReadByte(go::ptr<Reader> r) {
  if (r->i >= r->s.len()) return {0, go::io::EOF_};
  return {r->s[r->i++], nullptr};
}
std::tuple<go::int32, go::int_, go::error> Reader_ReadRune(go::ptr<Reader> r) {
  if (r->i >= r->s.len()) return {0, 0, go::io::EOF_};
  go::decoded_rune d = go::decode_rune(r->s, r->i);
  r->i += d.size;
  return {d.r, d.size, nullptr};
}

// ---- searching

go::int_ Compare(const go::string& a, const go::string& b) { return go::compare(a, b); }

go::int_ Index(const go::string& s, const go::string& substr) {
  size_t i = sv(s).find(sv(substr));
  return i == std::string_view::npos ? -1 : static_cast<go::int_>(i);
}
go::int_ LastIndex(const go::string& s, const go::string& substr) {
  size_t i = sv(s).rfind(sv(substr));
  return i == std::string_view::npos ? -1 : static_cast<go::int_>(i);
}
go::int_ IndexByte(const go::string& s, go::uint8 c) {
  size_t i = sv(s).find(static_cast<char>(c));
  return i == std::string_view::npos ? -1 : static_cast<go::int_>(i);
}
go::int_ LastIndexByte(const go::string& s, go::uint8 c) {
  size_t i = sv(s).rfind(static_cast<char>(c));
  return i == std::string_view::npos ? -1 : static_cast<go::int_>(i);
}
go::int_ IndexRune(const go::string& s, go::int32 r) {
  for (const rune_at& x : runes(s)) {
    if (x.r == r) {
      if (r == kRuneError && x.width == 1) continue;  // only a real U+FFFD matches
      return x.pos;
    }
  }
  if (r == kRuneError) {
    for (const rune_at& x : runes(s)) {
      if (x.r == kRuneError) return x.pos;  // Go: invalid bytes match RuneError too
    }
  }
  return -1;
}
go::int_ IndexAny(const go::string& s, const go::string& chars) {
  if (chars.len() == 0) return -1;
  auto in_chars = cutset_pred(chars);
  for (const rune_at& x : runes(s)) {
    if (in_chars(x.r)) return x.pos;
  }
  return -1;
}
go::int_ IndexFunc(const go::string& s, const rune_pred& f) {
  for (const rune_at& x : runes(s)) {
    if (f(x.r)) return x.pos;
  }
  return -1;
}
bool Contains(const go::string& s, const go::string& substr) { return Index(s, substr) >= 0; }
bool ContainsAny(const go::string& s, const go::string& chars) { return IndexAny(s, chars) >= 0; }
bool ContainsRune(const go::string& s, go::int32 r) { return IndexRune(s, r) >= 0; }
bool HasPrefix(const go::string& s, const go::string& prefix) {
  return s.len() >= prefix.len() && sv(s).substr(0, static_cast<size_t>(prefix.len())) == sv(prefix);
}
bool HasSuffix(const go::string& s, const go::string& suffix) {
  return s.len() >= suffix.len() &&
         sv(s).substr(static_cast<size_t>(s.len() - suffix.len())) == sv(suffix);
}

go::int_ Count(const go::string& s, const go::string& substr) {
  if (substr.len() == 0) return rune_count(s) + 1;
  go::int_ n = 0;
  std::string_view v = sv(s);
  size_t pos = 0;
  while ((pos = v.find(sv(substr), pos)) != std::string_view::npos) {
    ++n;
    pos += static_cast<size_t>(substr.len());
  }
  return n;
}

std::tuple<go::string, go::string, bool> Cut(const go::string& s, const go::string& sep) {
  go::int_ i = Index(s, sep);
  if (i >= 0) return {s.slice(0, i), s.slice_from(i + sep.len()), true};
  return {s, go::string(), false};
}

bool EqualFold(const go::string& s, const go::string& t) {
  std::vector<rune_at> a = runes(s), b = runes(t);
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    int32_t x = a[i].r, y = b[i].r;
    if (x == y) continue;
    if (go::detail::unicode_to_lower(x) == go::detail::unicode_to_lower(y) ||
        go::detail::unicode_to_upper(x) == go::detail::unicode_to_upper(y)) {
      continue;
    }
    return false;
  }
  return true;
}

// ---- splitting and joining

go::slice<go::string> Split(const go::string& s, const go::string& sep) { return gen_split(s, sep, 0, -1); }
go::slice<go::string> SplitAfter(const go::string& s, const go::string& sep) {
  return gen_split(s, sep, sep.len(), -1);
}
go::slice<go::string> SplitN(const go::string& s, const go::string& sep, go::int_ n) {
  return gen_split(s, sep, 0, n);
}

go::slice<go::string> FieldsFunc(const go::string& s, const rune_pred& f) {
  return fields_if(s, [&](int32_t r) { return f(r); });
}

go::slice<go::string> Fields(const go::string& s) {
  return fields_if(s, go::detail::unicode_is_space);
}

go::string Join(const go::slice<go::string>& elems, const go::string& sep) {
  if (elems.len() == 0) return go::string();
  if (elems.len() == 1) return elems[0];
  std::string out;
  for (int64_t i = 0; i < elems.len(); ++i) {
    if (i > 0) out.append(sv(sep));
    out.append(sv(elems[i]));
  }
  return make(out);
}

go::string Repeat(const go::string& s, go::int_ count) {
  if (count == 0) return go::string();
  if (count < 0) go::panic(go::any(go::string("strings: negative Repeat count")));
  if (s.len() != 0 && (s.len() * count) / count != s.len()) {
    go::panic(go::any(go::string("strings: Repeat count causes overflow")));
  }
  std::string out;
  out.reserve(static_cast<size_t>(s.len() * count));
  for (go::int_ i = 0; i < count; ++i) out.append(sv(s));
  return make(out);
}

go::string Replace(const go::string& s, const go::string& old_s, const go::string& new_s,
                   go::int_ n) {
  if (old_s == new_s || n == 0) return s;
  go::int_ m = Count(s, old_s);
  if (m == 0) return s;
  if (n < 0 || m < n) n = m;
  std::string out;
  int64_t start = 0;
  for (go::int_ i = 0; i < n; ++i) {
    int64_t j = start;
    if (old_s.len() == 0) {
      if (i > 0) j += go::decode_rune(s, start).size;
    } else {
      j += Index(s.slice_from(start), old_s);
    }
    out.append(sv(s).substr(static_cast<size_t>(start), static_cast<size_t>(j - start)));
    out.append(sv(new_s));
    start = j + old_s.len();
  }
  out.append(sv(s).substr(static_cast<size_t>(start)));
  return make(out);
}
go::string ReplaceAll(const go::string& s, const go::string& old_s, const go::string& new_s) {
  return Replace(s, old_s, new_s, -1);
}

// ---- case and trimming

go::string Map(const go::func<go::int32(go::int32)>& mapping, const go::string& s) {
  std::string out;
  bool changed = false;
  for (const rune_at& r : runes(s)) {
    int32_t m = mapping(r.r);
    if (m != r.r || (r.r == kRuneError && r.width == 1)) changed = true;
    if (m >= 0) append_rune(out, m);
  }
  return changed ? make(out) : s;
}
go::string ToUpper(const go::string& s) { return map_runes(s, &go::detail::unicode_to_upper); }
go::string ToLower(const go::string& s) { return map_runes(s, &go::detail::unicode_to_lower); }
go::string ToTitle(const go::string& s) { return map_runes(s, &to_title); }

go::string Title(const go::string& s) {
  auto is_separator = [](int32_t r) {
    if (r <= 0x7F) {
      if ((r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r == '_') {
        return false;
      }
      return true;
    }
    if (go::detail::unicode_is_letter(r) || go::detail::unicode_is_digit(r)) return false;
    return go::detail::unicode_is_space(r);
  };
  std::string out;
  int32_t prev = ' ';
  for (const rune_at& r : runes(s)) {
    append_rune(out, is_separator(prev) ? to_title(r.r) : r.r);
    prev = r.r;
  }
  return make(out);
}

go::string TrimLeftFunc(const go::string& s, const rune_pred& f) {
  return trim_left_if(s, [&](int32_t r) { return f(r); });
}
go::string TrimRightFunc(const go::string& s, const rune_pred& f) {
  return trim_right_if(s, [&](int32_t r) { return f(r); });
}
go::string TrimFunc(const go::string& s, const rune_pred& f) {
  return TrimRightFunc(TrimLeftFunc(s, f), f);
}
go::string TrimLeft(const go::string& s, const go::string& cutset) {
  if (s.len() == 0 || cutset.len() == 0) return s;
  return trim_left_if(s, cutset_pred(cutset));
}
go::string TrimRight(const go::string& s, const go::string& cutset) {
  if (s.len() == 0 || cutset.len() == 0) return s;
  return trim_right_if(s, cutset_pred(cutset));
}
go::string Trim(const go::string& s, const go::string& cutset) {
  if (s.len() == 0 || cutset.len() == 0) return s;
  auto in_set = cutset_pred(cutset);
  return trim_right_if(trim_left_if(s, in_set), in_set);
}
go::string TrimSpace(const go::string& s) {
  return trim_right_if(trim_left_if(s, go::detail::unicode_is_space), go::detail::unicode_is_space);
}
go::string TrimPrefix(const go::string& s, const go::string& prefix) {
  return HasPrefix(s, prefix) ? s.slice_from(prefix.len()) : s;
}
go::string TrimSuffix(const go::string& s, const go::string& suffix) {
  return HasSuffix(s, suffix) ? s.slice(0, s.len() - suffix.len()) : s;
}

}  // namespace go::strings
