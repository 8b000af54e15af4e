// The runtime API generated code is written against (docs/runtime-api.md), in one include.
// Everything here is light: the collector, {fmt}, iostreams and fibers stay in libgo2cpp_rt.a.
// Go's `runtime` package (Gosched, NumGoroutine, ...) is declared in go/goroutine.h, so an
// `import "runtime"` needs nothing beyond this header.
#pragma once

#include "go/any.h"
#include "go/array.h"
#include "go/assert.h"
#include "go/builtin.h"
#include "go/chan.h"
#include "go/gc.h"
#include "go/goroutine.h"
#include "go/hash.h"
#include "go/error.h"
#include "go/iface.h"
#include "go/map.h"
#include "go/os.h"
#include "go/output.h"
#include "go/panic.h"
#include "go/ptr.h"
#include "go/runtime_error.h"
#include "go/slice.h"
#include "go/string.h"
#include "go/type.h"
#include "go/defer.h"
#include "go/func.h"
#include "go/print.h"
#include "go/run.h"
#include "go/select.h"
