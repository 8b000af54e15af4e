// The hand-ported pieces of time and math/rand against values printed by Go 1.19: the
// calendar at its edges (the zero Time, years before 1 and after 9999, leap days), Format and
// Parse, ParseDuration's errors, and math/rand's exact sequences for a seed.
#include <string>

#include "go/errors.h"
#include "go/math/rand.h"
#include "go/time.h"
#include <catch2/catch.hpp>

namespace gtime = go::time;
namespace grand = go::math::rand;

namespace {
std::string fmt_time(const gtime::Time& t, const char* layout) {
  return gtime::Time_Format(t, go::string::from_view(layout)).str();
}
}  // namespace

TEST_CASE("time: the calendar at its edges", "[time]") {
  CHECK(gtime::Time_String(gtime::Time{}).str() == "0001-01-01 00:00:00 +0000 UTC");
  CHECK(gtime::Time_Weekday(gtime::Time{}) == 1);  // Monday
  const gtime::Time bc = gtime::Date(-44, 3, 15, 12, 0, 0, 0, gtime::UTC);
  CHECK(fmt_time(bc, "2006-01-02 Mon") == "-0044-03-15 Thu");
  const gtime::Time far = gtime::Date(12345, 12, 31, 23, 59, 59, 999999999, gtime::UTC);
  CHECK(fmt_time(far, "Jan _2 2006") == "Dec 31 12345");
  CHECK(gtime::Time_YearDay(gtime::Date(2024, 12, 31, 0, 0, 0, 0, gtime::UTC)) == 366);
  CHECK(fmt_time(gtime::Date(2023, 2, 29, 0, 0, 0, 0, gtime::UTC), "2006-01-02") == "2023-03-01");
  CHECK(fmt_time(gtime::Date(2023, 1, 1, 0, 0, 0, -1, gtime::UTC), "2006-01-02T15:04:05.999999999") ==
        "2022-12-31T23:59:59.999999999");
  auto [y, w] = gtime::Time_ISOWeek(gtime::Date(2021, 1, 3, 0, 0, 0, 0, gtime::UTC));
  CHECK(y == 2020);
  CHECK(w == 53);
  CHECK(gtime::Time_Unix(gtime::Unix(-1, 0)) == -1);
  CHECK(fmt_time(gtime::Time_UTC(gtime::Unix(-1, 0)), "2006-01-02 15:04:05") == "1969-12-31 23:59:59");
}

TEST_CASE("time: Format and Parse agree with Go", "[time]") {
  const gtime::Time t = gtime::Date(2009, 11, 10, 23, 4, 5, 120000000, gtime::FixedZone("EST", -5 * 3600));
  CHECK(fmt_time(t, "2006-01-02T15:04:05.000Z07:00") == "2009-11-10T23:04:05.120-05:00");
  CHECK(fmt_time(t, "Mon Jan _2 3:04:05.99 PM MST -0700") == "Tue Nov 10 11:04:05.12 PM EST -0500");
  auto [p, err] = gtime::Parse("2006-01-02 15:04:05.999 -0700", "2009-11-10 23:04:05.12 -0500");
  REQUIRE(err == nullptr);
  CHECK(gtime::Time_Equal(p, t));
  auto [bad, err2] = gtime::Parse("2006-01-02", "2009-11-31");
  REQUIRE(err2 != nullptr);
  CHECK(err2.Error().str() == "parsing time \"2009-11-31\": day out of range");
  auto [bad3, err3] = gtime::Parse("Jan 2", "Foo 2");
  CHECK(err3.Error().str() == "parsing time \"Foo 2\" as \"Jan 2\": cannot parse \"Foo 2\" as \"Jan\"");
}

TEST_CASE("time: ParseDuration", "[time]") {
  auto [d, err] = gtime::ParseDuration("1h2m3.5s");
  CHECK(err == nullptr);
  CHECK(d == gtime::Hour + 2 * gtime::Minute + 3500 * gtime::Millisecond);
  auto [d2, err2] = gtime::ParseDuration("3x");
  CHECK(err2.Error().str() == "time: unknown unit \"x\" in duration \"3x\"");
  auto [d3, err3] = gtime::ParseDuration("9223372036854775808ns");
  CHECK(err3.Error().str() == "time: invalid duration \"9223372036854775808ns\"");
}

TEST_CASE("math/rand: Go 1.19's sequences", "[rand]") {
  // Go: rand.New(rand.NewSource(1)).Int63() and friends.
  go::ptr<grand::Rand> r = grand::New(grand::NewSource(1));
  CHECK(grand::Rand_Int63(r) == 5577006791947779410);
  CHECK(grand::Rand_Int63(r) == 8674665223082153551);
  go::ptr<grand::Rand> r42 = grand::New(grand::NewSource(42));
  CHECK(grand::Rand_Int63(r42) == 3440579354231278675);
  CHECK(grand::Rand_Int31(r42) == 141734987);
  // Seed 0 is replaced by 89482311, as in Go.
  go::ptr<grand::Rand> r0 = grand::New(grand::NewSource(0));
  go::ptr<grand::Rand> rs = grand::New(grand::NewSource(89482311));
  CHECK(grand::Rand_Int63(r0) == grand::Rand_Int63(rs));
}
