// Unicode character classes and case mapping for the stand-in packages (strings, unicode):
// White_Space exactly as Go's unicode.IsSpace; letters, digits and case through the C library's
// tables for the C.UTF-8 locale (ASCII answered directly).
#pragma once

#include <cstdint>

namespace go::detail {

bool unicode_is_space(int32_t r);
bool unicode_is_letter(int32_t r);
bool unicode_is_digit(int32_t r);
bool unicode_is_upper(int32_t r);
bool unicode_is_lower(int32_t r);
bool unicode_is_punct(int32_t r);
bool unicode_is_print(int32_t r);
int32_t unicode_to_upper(int32_t r);
int32_t unicode_to_lower(int32_t r);

}  // namespace go::detail
