// Package io: Go 1.19's pipe.go in C++. A pipe is Go's: an unbuffered channel of the writer's
// byte slices (wrCh), one back with how much the reader took (rdCh), and a `done` channel closed
// once by whichever side closes first, so a blocked Read or Write wakes up; each side's close
// error is kept once (onceError). Blocking goes through the runtime's channels and select, so
// goroutines park and the deadlock report sees a pipe nobody serves, as in Go.
#include <cstddef>

#include "go/chan.h"
#include "go/errors.h"
#include "go/io.h"
#include "go/select.h"
#include "go/sync.h"
#include "io_internal.h"

namespace go::io {

go::error ErrClosedPipe = go::errors::New("io: read/write on closed pipe");

namespace {

// onceError: an error that only the first Store sets.
struct onceError {
  go::sync::Mutex mu;
  go::error err;
};

void store(onceError* a, go::error err) {
  go::sync::Mutex_Lock(&a->mu);
  if (a->err == nullptr) a->err = err;
  go::sync::Mutex_Unlock(&a->mu);
}

go::error load(onceError* a) {
  go::sync::Mutex_Lock(&a->mu);
  go::error err = a->err;
  go::sync::Mutex_Unlock(&a->mu);
  return err;
}

// Unlocks a sync.Mutex when the scope ends, as Go's `defer mu.Unlock()` (also when a panic or
// runtime.Goexit unwinds through it).
class unlock_at_exit {
 public:
  explicit unlock_at_exit(go::sync::Mutex* m) : m_(m) {}
  ~unlock_at_exit() { go::sync::Mutex_Unlock(m_); }
  unlock_at_exit(const unlock_at_exit&) = delete;
  unlock_at_exit& operator=(const unlock_at_exit&) = delete;

 private:
  go::sync::Mutex* m_;
};

}  // namespace

struct pipe {
  go::sync::Mutex wrMu;  // Serializes Write operations
  go::chan<go::slice<go::uint8>> wrCh;
  go::chan<go::int_> rdCh;

  go::sync::Once once;  // Protects closing done
  go::chan<bool> done;  // chan struct{} in Go: only ever closed
  onceError rerr;
  onceError werr;
};

namespace {

go::error read_close_error(pipe* p) {
  go::error rerr = load(&p->rerr);
  if (go::error werr = load(&p->werr); rerr == nullptr && werr != nullptr) return werr;
  return ErrClosedPipe;
}

go::error write_close_error(pipe* p) {
  go::error werr = load(&p->werr);
  if (go::error rerr = load(&p->rerr); werr == nullptr && rerr != nullptr) return rerr;
  return ErrClosedPipe;
}

void close_done(pipe* p) {
  go::sync::Once_Do(&p->once, [p] { go::close(p->done); });
}

std::tuple<go::int_, go::error> pipe_read(pipe* p, go::slice<go::uint8> b) {
  if (go::select({go::recv_case(p->done)}, go::has_default) == 0) {
    return {0, read_close_error(p)};
  }
  go::slice<go::uint8> bw;
  if (go::select({go::recv_case(p->wrCh, &bw), go::recv_case(p->done)}) == 0) {
    go::int_ nr = go::copy(b, bw);
    p->rdCh.send(nr);
    return {nr, nullptr};
  }
  return {0, read_close_error(p)};
}

go::error pipe_close_read(pipe* p, go::error err) {
  if (err == nullptr) err = ErrClosedPipe;
  store(&p->rerr, err);
  close_done(p);
  return nullptr;
}

std::tuple<go::int_, go::error> pipe_write(pipe* p, go::slice<go::uint8> b) {
  if (go::select({go::recv_case(p->done)}, go::has_default) == 0) {
    return {0, write_close_error(p)};
  }
  go::sync::Mutex_Lock(&p->wrMu);
  unlock_at_exit unlock(&p->wrMu);
  go::int_ n = 0;
  for (bool once = true; once || b.len() > 0; once = false) {
    if (go::select({go::send_case(p->wrCh, b), go::recv_case(p->done)}) == 0) {
      go::int_ nw = p->rdCh.recv();
      b = b.slice_from(nw);
      n += nw;
    } else {
      return {n, write_close_error(p)};
    }
  }
  return {n, nullptr};
}

go::error pipe_close_write(pipe* p, go::error err) {
  if (err == nullptr) err = EOF_;
  store(&p->werr, err);
  close_done(p);
  return nullptr;
}

// Descriptors: *PipeReader and *PipeWriter with their methods; their one field points to an
// io.pipe, described without fields (it has no exported ones, and fmt prints a pointer field as
// an address). Built on first use, since pointer_to must not run during static initialization.
const type_desc* pipe_ptr_desc() {
  static const type_desc pipe_type = [] {
    type_desc d;
    d.kind = kind::struct_;
    d.name = "io.pipe";
    d.pkg_path = "io";
    d.named = true;
    d.has_pointers = true;
    d.size = sizeof(pipe);
    d.align = alignof(pipe);
    return d;
  }();
  return go::pointer_to(&pipe_type);
}

const type_desc* pipe_reader_ptr_desc();
const type_desc* pipe_writer_ptr_desc();

}  // namespace

const go::type_desc* PipeReader_desc() {
  static const struct_field fields[] = {
      {"p", pipe_ptr_desc(), offsetof(PipeReader, p), false, false}};
  static const type_desc d =
      detail::named_struct_desc<PipeReader>("io.PipeReader", fields, 1, &pipe_reader_ptr_desc);
  return &d;
}

const go::type_desc* PipeWriter_desc() {
  static const struct_field fields[] = {
      {"p", pipe_ptr_desc(), offsetof(PipeWriter, p), false, false}};
  static const type_desc d =
      detail::named_struct_desc<PipeWriter>("io.PipeWriter", fields, 1, &pipe_writer_ptr_desc);
  return &d;
}

namespace {

const type_desc* pipe_reader_ptr_desc() {
  using P = go::ptr<PipeReader>;
  static const method_entry methods[] = {
      {"Close", erase_method(+[](void* self) { return PipeReader_Close(*static_cast<P*>(self)); })},
      {"CloseWithError", erase_method(+[](void* self, go::error err) {
         return PipeReader_CloseWithError(*static_cast<P*>(self), err);
       })},
      {"Read", erase_method(+[](void* self, go::slice<go::uint8> data) {
         return PipeReader_Read(*static_cast<P*>(self), data);
       })},
  };
  static const type_desc d = detail::pointer_with_methods(PipeReader_desc(), methods, 3);
  return &d;
}

const type_desc* pipe_writer_ptr_desc() {
  using P = go::ptr<PipeWriter>;
  static const method_entry methods[] = {
      {"Close", erase_method(+[](void* self) { return PipeWriter_Close(*static_cast<P*>(self)); })},
      {"CloseWithError", erase_method(+[](void* self, go::error err) {
         return PipeWriter_CloseWithError(*static_cast<P*>(self), err);
       })},
      {"Write", erase_method(+[](void* self, go::slice<go::uint8> data) {
         return PipeWriter_Write(*static_cast<P*>(self), data);
       })},
  };
  static const type_desc d = detail::pointer_with_methods(PipeWriter_desc(), methods, 3);
  return &d;
}

}  // namespace

namespace {
// r.p and w.p of a zero PipeReader or PipeWriter are nil: Go's nil dereference.
pipe* non_nil(pipe* p) {
  if (p == nullptr) go::panic_nil_deref();
  return p;
}
}  // namespace

std::tuple<go::int_, go::error> PipeReader_Read(go::ptr<PipeReader> r, go::slice<go::uint8> data) {
  return pipe_read(non_nil(r->p), data);
}

go::error PipeReader_Close(go::ptr<PipeReader> r) {
  return PipeReader_CloseWithError(r, nullptr);
}

go::error PipeReader_CloseWithError(go::ptr<PipeReader> r, go::error err) {
  return pipe_close_read(non_nil(r->p), err);
}

std::tuple<go::int_, go::error> PipeWriter_Write(go::ptr<PipeWriter> w, go::slice<go::uint8> data) {
  return pipe_write(non_nil(w->p), data);
}

go::error PipeWriter_Close(go::ptr<PipeWriter> w) {
  return PipeWriter_CloseWithError(w, nullptr);
}

go::error PipeWriter_CloseWithError(go::ptr<PipeWriter> w, go::error err) {
  return pipe_close_write(non_nil(w->p), err);
}

std::tuple<go::ptr<PipeReader>, go::ptr<PipeWriter>> Pipe() {
  pipe* p = gc_new<pipe>();
  p->wrCh = go::make_chan<go::slice<go::uint8>>();
  p->rdCh = go::make_chan<go::int_>();
  p->done = go::make_chan<bool>();
  go::ptr<PipeReader> r = gc_new<PipeReader>();
  r->p = p;
  go::ptr<PipeWriter> w = gc_new<PipeWriter>();
  w->p = p;
  return {r, w};
}

}  // namespace go::io
