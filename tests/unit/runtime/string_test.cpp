// go::string: literals, slicing, concatenation, comparison, UTF-8, conversions.
#include <catch2/catch.hpp>
#include <vector>

#include "go/runtime.h"
#include "panic_helpers.h"

TEST_CASE("string literals, length and bytes", "[string]") {
  go::string s = "héllo";
  CHECK(s.len() == 6);
  CHECK(s[1] == 0xC3);
  go::string nul("a\0b");
  CHECK(nul.len() == 3);
  CHECK(go::string().len() == 0);
  CHECK(go::string() == "");
}

TEST_CASE("string slicing shares storage and checks bounds like gc", "[string]") {
  go::string s = "hello";
  go::string t = s.slice(1, 3);
  CHECK(t == "el");
  CHECK(t.data() == s.data() + 1);
  CHECK(s.slice_from(5) == "");
  CHECK(panic_text([&] { (void)s[5]; }) == "runtime error: index out of range [5] with length 5");
  CHECK(panic_text([&] { (void)s[-1]; }) == "runtime error: index out of range [-1]");
  CHECK(panic_text([&] { (void)s.slice(0, 6); }) == "runtime error: slice bounds out of range [:6] with length 5");
  CHECK(panic_text([&] { (void)s.slice(3, 2); }) == "runtime error: slice bounds out of range [3:2]");
  CHECK(panic_text([&] { (void)s.slice_from(7); }) == "runtime error: slice bounds out of range [7:5]");
  CHECK(panic_text([&] { (void)s.slice(-1, 2); }) == "runtime error: slice bounds out of range [-1:]");
}

TEST_CASE("string concatenation and comparison", "[string]") {
  go::string a = "ab";
  go::string b = a + "cd";
  CHECK(b == "abcd");
  b += "e";
  CHECK(b.str() == "abcde");
  CHECK(a == "ab");
  CHECK(go::string("abc") < go::string("abd"));
  CHECK(go::string("ab") < go::string("abc"));
  CHECK(go::string("b") > go::string("abc"));
  CHECK(go::string("\xff") > go::string("a"));  // bytewise, unsigned
  CHECK(go::string("x") <= go::string("x"));
  CHECK(go::string("x") != go::string("y"));
}

TEST_CASE("runes: encoding and range decoding", "[string]") {
  CHECK(go::string_from_rune(0x4E16) == "世");
  CHECK(go::string_from_rune(-1) == "\uFFFD");
  CHECK(go::string_from_rune(0xD800) == "\uFFFD");
  CHECK(go::string_from_rune(0x110000) == "\uFFFD");
  go::string s = "a\xe4\xb8\x96\xff\xed\xa0\x80z";  // a, 世, bad byte, surrogate (invalid), z
  std::vector<std::pair<go::rune, go::int_>> got;
  for (go::int_ i = 0; i < s.len();) {
    auto d = go::decode_rune(s, i);
    got.push_back({d.r, d.size});
    i += d.size;
  }
  std::vector<std::pair<go::rune, go::int_>> want = {
      {'a', 1}, {0x4E16, 3}, {0xFFFD, 1}, {0xFFFD, 1}, {0xFFFD, 1}, {0xFFFD, 1}, {'z', 1}};
  CHECK(got == want);
  CHECK(go::decode_rune("\xe4\xb8", 0).r == 0xFFFD);  // truncated
}

TEST_CASE("string <-> []byte and []rune conversions", "[string]") {
  go::slice<go::uint8> b = go::bytes_from_string("hello");
  CHECK(b.len() == 5);
  CHECK(b.cap() == 8);  // Go 1.19 runtime path (non-constant string): len 5 cap 8
  b[0] = 'j';
  CHECK(go::string_from_bytes(b) == "jello");
  go::slice<go::rune> r = go::runes_from_string("helloé");
  CHECK(r.len() == 6);
  CHECK(r.cap() == 6);  // Go 1.19: 6 runes -> 24 bytes -> cap 6
  CHECK(r[5] == 0xE9);
  CHECK(go::string_from_runes(r) == "helloé");
  CHECK(go::bytes_from_string("") != nullptr);  // Go: []byte("") is empty, not nil
}
