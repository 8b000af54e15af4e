// Issue 7: every runtime container that can hold a Go pointer must hold it where the collector
// looks. Each test builds a container whose elements are the only references to "payload"
// objects, with the collector forced to run every few allocations while it is built
// (go::gc_stress), wipes the stale copies its own frames left on the stack, collects several
// times with garbage in between, and then checks two things for every payload:
// - the collector did not free it: a disappearing link (GC_general_register_disappearing_link,
//   holding a disguised pointer so that it is not a reference itself) is cleared by the
//   collection that frees the object;
// - its contents are intact, read back through the container.
// The first test is the control: payloads that nothing holds must be seen to be freed, or the
// others could not fail.
#include <gc.h>

#include <catch2/catch.hpp>
#include <cstring>
#include <string>

#include "go/runtime.h"
#include "goroutine_helpers.h"

using go::int_;

namespace {

struct payload {
  int_ magic;
  int_ value;
  payload* self;
};
constexpr int_ payload_magic = 0x600d600d;

// Disappearing links, disguised so that they do not keep their objects alive.
constexpr int max_watched = 8192;
GC_hidden_pointer links[max_watched];
int watched = 0;

void unwatch_all() {
  for (int i = 0; i < watched; i++) {
    if (links[i] != 0) GC_unregister_disappearing_link(reinterpret_cast<void**>(&links[i]));
    links[i] = 0;
  }
  watched = 0;
}

void watch(void* obj) {
  REQUIRE(watched < max_watched);
  links[watched] = GC_HIDE_POINTER(obj);
  REQUIRE(GC_general_register_disappearing_link(reinterpret_cast<void**>(&links[watched]), obj) == GC_SUCCESS);
  watched++;
}

// Whether p is watched and has not been freed.
bool alive(const void* p) {
  for (int i = 0; i < watched; i++) {
    if (links[i] == GC_HIDE_POINTER(p)) return true;
  }
  return false;
}

int freed() {
  int n = 0;
  for (int i = 0; i < watched; i++) n += links[i] == 0;
  return n;
}

__attribute__((noinline)) payload* new_payload(int_ v) {
  payload* p = go::gc_new<payload>();
  p->magic = payload_magic;
  p->value = v;
  p->self = p;
  watch(p);
  return p;
}

bool intact(const payload* p, int_ v) {
  return p != nullptr && p->magic == payload_magic && p->value == v && p->self == p;
}

// Overwrites the dead stack below the caller, where the fill functions left copies of pointers
// that would keep payloads alive whatever the containers do.
__attribute__((noinline)) void clobber_stack() {
  volatile char junk[64 * 1024];
  for (std::size_t i = 0; i < sizeof junk; i += 8) junk[i] = 0;
}

long stress_every = 0;  // what collect_hard restores

// Several collections with garbage in between (the garbage also reuses freed memory, so a lost
// object's contents are overwritten).
__attribute__((noinline)) void collect_hard() {
  go::gc_stress(0);
  clobber_stack();
  for (int round = 0; round < 4; round++) {
    for (int i = 0; i < 3000; i++) {
      auto* junk = static_cast<int_*>(go::gc_alloc(sizeof(payload)));
      junk[0] = junk[1] = junk[2] = -1;
    }
    go::gc_collect();
  }
  go::gc_stress(stress_every);
}

// While it lives, a collection before every `every`th allocation (collect_hard pauses it).
struct stress {
  explicit stress(long every) {
    unwatch_all();
    stress_every = every;
    go::gc_stress(every);
  }
  ~stress() {
    stress_every = 0;
    go::gc_stress(0);
    unwatch_all();
  }
};

struct holder {
  int_ tag;
  payload* p;
};

}  // namespace

namespace {
// Descriptors for boxing the test's structs in interfaces (what the emitter writes for a Go struct).
template <class T>
const go::type_desc* struct_desc(std::string_view name) {
  static const go::type_desc d = [name] {
    go::type_desc t;
    t.kind = go::kind::struct_;
    t.name = name;
    t.pkg_path = "main";
    t.named = true;
    t.has_pointers = true;
    t.size = sizeof(T);
    t.align = alignof(T);
    return t;
  }();
  return &d;
}
}  // namespace

template <>
struct go::detail::type_of_impl<payload> {
  static const go::type_desc* get() { return struct_desc<payload>("main.payload"); }
};
template <>
struct go::detail::type_of_impl<holder> {
  static const go::type_desc* get() { return struct_desc<holder>("main.holder"); }
};

TEST_CASE("gc visibility: the check can fail (unreferenced payloads are freed)", "[gc][visibility]") {
  stress s(0);
  [] {
    for (int_ i = 0; i < 1000; i++) (void)new_payload(i);
  }();
  collect_hard();
  // Conservative stack scanning may keep a few alive through stale words; nearly all must go.
  CHECK(freed() >= 900);
}

namespace {
__attribute__((noinline)) go::slice<payload*> fill_slice(int_ n) {
  go::slice<payload*> s;
  for (int_ i = 0; i < n; i++) s = go::append(s, new_payload(i));  // grows: arrays are copied
  return s;
}
__attribute__((noinline)) go::slice<holder> fill_struct_slice(int_ n) {
  auto s = go::make_slice<holder>(0, 4);
  for (int_ i = 0; i < n; i++) s = go::append(s, holder{i, new_payload(i)});
  return s;
}
}  // namespace

TEST_CASE("gc visibility: slice backing arrays", "[gc][visibility]") {
  stress s(3);
  go::slice<payload*> a = fill_slice(600);
  go::slice<holder> b = fill_struct_slice(600);
  go::slice<payload*> tail = a.slice_from(500);  // an interior pointer into a's array
  a = go::slice<payload*>();
  collect_hard();
  CHECK(freed() <= 500);  // a's first 500 may go; nothing else may
  for (int_ i = 0; i < 100; i++) CHECK(intact(tail[i], 500 + i));
  for (int_ i = 0; i < 600; i++) CHECK((b[i].tag == i && intact(b[i].p, i)));
}

namespace {
__attribute__((noinline)) go::slice<go::string> fill_strings(int_ n) {
  go::slice<go::string> s;
  for (int_ i = 0; i < n; i++) {
    go::string str = go::string::from_view("string-" + std::to_string(i));
    str = str + go::string::from_view("/") + str;  // a concatenation: a fresh allocation
    watch(const_cast<char*>(reinterpret_cast<const char*>(str.data())));
    s = go::append(s, str);
  }
  return s;
}
__attribute__((noinline)) go::string middle_of_big() {
  std::string big(4096, 'x');
  for (int i = 0; i < 4096; i++) big[static_cast<std::size_t>(i)] = static_cast<char>('a' + i % 26);
  go::string s = go::string::from_view(big);
  watch(const_cast<char*>(reinterpret_cast<const char*>(s.data())));
  return s.slice(1000, 1100);  // only an interior pointer survives
}
}  // namespace

TEST_CASE("gc visibility: strings and substrings", "[gc][visibility]") {
  stress s(3);
  go::slice<go::string> strs = fill_strings(500);
  go::string mid = middle_of_big();
  collect_hard();
  CHECK(freed() == 0);
  for (int_ i = 0; i < 500; i++) {
    const std::string want = "string-" + std::to_string(i) + "/string-" + std::to_string(i);
    CHECK(strs[i].view() == want);
  }
  REQUIRE(mid.len() == 100);
  for (int_ i = 0; i < 100; i++) CHECK(mid[i] == static_cast<uint8_t>('a' + (1000 + i) % 26));
}

namespace {
struct maps {
  go::map<int_, payload*> by_int;
  go::map<go::string, payload*> by_string;
  go::map<go::ptr<payload>, int_> by_pointer;  // the pointers are keys
};
__attribute__((noinline)) maps fill_maps(int_ n) {
  maps m{go::make_map<int_, payload*>(), go::make_map<go::string, payload*>(),
         go::make_map<go::ptr<payload>, int_>()};
  for (int_ i = 0; i < n; i++) {
    m.by_int[i] = new_payload(i);
    go::string key = go::string::from_view("k") + go::string::from_view(std::to_string(i));
    m.by_string[key] = new_payload(i + n);
    m.by_pointer[go::ptr<payload>(new_payload(i + 2 * n))] = i + 2 * n;
  }
  for (int_ i = 0; i < n; i += 3) go::delete_(m.by_int, i);  // deleted entries may go
  return m;
}
}  // namespace

TEST_CASE("gc visibility: map tables (keys and values)", "[gc][visibility]") {
  stress s(5);
  maps m = fill_maps(400);
  collect_hard();
  CHECK(freed() <= (400 + 2) / 3);
  for (int_ i = 0; i < 400; i++) {
    if (i % 3 != 0) CHECK(intact(m.by_int.get(i), i));
    go::string key = go::string::from_view("k") + go::string::from_view(std::to_string(i));
    CHECK(intact(m.by_string.get(key), i + 400));
  }
  int_ seen = 0;
  for (auto&& [k, v] : m.by_pointer.range()) {
    CHECK(intact(k.get(), v));
    seen++;
  }
  CHECK(seen == 400);
}

namespace {
struct chans {
  go::chan<payload*> pointers;
  go::chan<holder> structs;
  go::chan<go::any> boxes;
};
__attribute__((noinline)) chans fill_chans(int_ n) {
  chans c{go::make_chan<payload*>(n), go::make_chan<holder>(n), go::make_chan<go::any>(n)};
  for (int_ i = 0; i < n; i++) {
    c.pointers.send(new_payload(i));
    c.structs.send(holder{i, new_payload(i + n)});
    c.boxes.send(go::any(new_payload(i + 2 * n)));
  }
  // Received slots are cleared, so the buffer keeps only what is still queued.
  for (int_ i = 0; i < n / 2; i++) CHECK(intact(c.pointers.recv(), i));
  return c;
}
}  // namespace

TEST_CASE("gc visibility: channel buffers", "[gc][visibility]") {
  stress s(3);
  chans c = fill_chans(300);
  collect_hard();
  CHECK(freed() <= 150);  // the 150 received
  for (int_ i = 150; i < 300; i++) CHECK(intact(c.pointers.recv(), i));
  for (int_ i = 0; i < 300; i++) {
    const holder h = c.structs.recv();
    CHECK((h.tag == i && intact(h.p, i + 300)));
    const go::any a = c.boxes.recv();
    CHECK(intact(*static_cast<payload* const*>(a.data), i + 600));
  }
}

namespace {
struct closures {
  go::slice<go::func<int_()>> by_value;
  go::func<int_()> by_reference;
  go::func<void(int_)> setter;
};
__attribute__((noinline)) closures fill_closures(int_ n) {
  closures c;
  for (int_ i = 0; i < n; i++) {
    payload* p = new_payload(i);
    c.by_value = go::append(c.by_value, go::func<int_()>([p] { return p->magic == payload_magic ? p->value : -1; }));
  }
  // A captured variable that escaped: a heap cell shared by two closures, as the emitter
  // writes it (the cell holds a pointer to a payload).
  auto* cell = go::gc_new<payload*>(new_payload(n));
  c.by_reference = [cell] { return intact(*cell, (*cell)->value) ? (*cell)->value : -1; };
  c.setter = [cell](int_ v) { *cell = new_payload(v); };
  return c;
}
}  // namespace

TEST_CASE("gc visibility: closures and captured variables", "[gc][visibility]") {
  stress s(3);
  closures c = fill_closures(400);
  collect_hard();
  CHECK(freed() == 0);
  for (int_ i = 0; i < 400; i++) CHECK(c.by_value[i]() == i);
  CHECK(c.by_reference() == 400);
  c.setter(1234);
  collect_hard();
  CHECK(freed() <= 1);  // only the payload the setter replaced may go
  CHECK(c.by_reference() == 1234);
}

namespace {
struct node {
  int_ value;
  node* next;
  payload* data;
  go::array<payload*, 2> pair;
};
__attribute__((noinline)) node* fill_list(int_ n) {
  node* head = nullptr;
  for (int_ i = 0; i < n; i++) {
    node* x = go::gc_new<node>();  // &node{...}
    x->value = i;
    x->next = head;
    x->data = new_payload(i);
    x->pair = {new_payload(i + n), new_payload(i + 2 * n)};
    head = x;
  }
  return head;
}
}  // namespace

TEST_CASE("gc visibility: new and &T{} objects (pointers and arrays in structs)", "[gc][visibility]") {
  stress s(3);
  go::ptr<node> head = fill_list(400);
  collect_hard();
  CHECK(freed() == 0);
  int_ i = 399;
  for (node* x = head.get(); x != nullptr && i >= 0; x = x->next, i--) {
    CHECK(x->value == i);
    CHECK(intact(x->data, i));
    CHECK(intact(x->pair[0], i + 400));
    CHECK(intact(x->pair[1], i + 800));
  }
  CHECK(i == -1);
}

namespace {
__attribute__((noinline)) go::slice<go::any> fill_interfaces(int_ n) {
  go::slice<go::any> s;
  for (int_ i = 0; i < n; i++) {
    switch (i % 4) {
      case 0: s = go::append(s, go::any(new_payload(i))); break;       // a pointer
      case 1: s = go::append(s, go::any(holder{i, new_payload(i)})); break;  // a struct, boxed
      case 2: s = go::append(s, go::any(go::slice<payload*>{new_payload(i)})); break;
      default: {
        auto m = go::make_map<int_, payload*>();
        m[i] = new_payload(i);
        s = go::append(s, go::any(m));
      }
    }
  }
  return s;
}
}  // namespace

TEST_CASE("gc visibility: interface payloads", "[gc][visibility]") {
  stress s(3);
  go::slice<go::any> boxes = fill_interfaces(400);
  collect_hard();
  CHECK(freed() == 0);
  for (int_ i = 0; i < 400; i++) {
    const void* d = boxes[i].data;
    switch (i % 4) {
      case 0: CHECK(intact(*static_cast<payload* const*>(d), i)); break;
      case 1: CHECK(intact(static_cast<const holder*>(d)->p, i)); break;
      case 2: CHECK(intact((*static_cast<const go::slice<payload*>*>(d))[0], i)); break;
      default: CHECK(intact(static_cast<const go::map<int_, payload*>*>(d)->get(i), i));
    }
  }
}

namespace {
payload* recovered_payload = nullptr;
bool deferred_saw_intact = false;
__attribute__((noinline)) void panic_with_payload(int_ v) { go::panic(go::any(new_payload(v))); }
}  // namespace

// The panic value lives in the C++ exception object (malloc'd, unscanned) until a frame catches
// it; catching it allocates the panic's record, which collects at once here.
TEST_CASE("gc visibility: a panic value in flight and deferred calls", "[gc][visibility]") {
  stress s(1);
  recovered_payload = nullptr;
  deferred_saw_intact = false;
  {
    go::defer_frame frame;
    frame.run([&] {
      frame.defer([p = new_payload(77)] { deferred_saw_intact = intact(p, 77) && alive(p); });
      frame.defer([] {  // runs first
        collect_hard();
        const go::any v = go::recover();
        if (v != nullptr) recovered_payload = *static_cast<payload* const*>(v.data);
      });
      panic_with_payload(42);
    });
  }
  CHECK(deferred_saw_intact);
  REQUIRE(recovered_payload != nullptr);
  CHECK(alive(recovered_payload));
  CHECK(intact(recovered_payload, 42));
}

// Goroutines that have not run yet hold their function and arguments in their records; goroutines
// parked in channel operations hold what they send on their stacks.
TEST_CASE("gc visibility: goroutine closures and values of blocked senders", "[gc][visibility][goroutine]") {
  auto r = run_go([] {
    stress_every = 3;
    go::gc_stress(3);
    static auto results = go::make_chan<int_>();
    static auto handoff = go::make_chan<payload*>();  // unbuffered: senders park holding the value
    constexpr int_ n = 200;
    for (int_ i = 0; i < n; i++) {
      payload* p = new_payload(i);
      go::go([p, i] { results.send(intact(p, i) && alive(p) ? 1 : 0); });
      go::go([i] { handoff.send(new_payload(1000 + i)); });
    }
    collect_hard();  // nothing has run yet: only the goroutine records hold the payloads
    const int lost_before_running = freed();
    int_ good = 0;
    for (int_ i = 0; i < n; i++) good += results.recv();
    collect_hard();  // every sender is parked holding its payload
    int_ sum = 0, lost = 0;
    for (int_ i = 0; i < n; i++) {
      payload* p = handoff.recv();
      if (!alive(p)) lost++;
      if (p->magic == payload_magic && p->self == p) sum += p->value;
    }
    go_say(std::to_string(lost_before_running) + " " + std::to_string(good) + " " + std::to_string(lost) + " " +
           std::to_string(sum) + "\n");
  });
  CHECK(r.status == 0);
  int_ want = 0;
  for (int_ i = 0; i < 200; i++) want += 1000 + i;
  CHECK(r.out == "0 200 0 " + std::to_string(want) + "\n");
}
