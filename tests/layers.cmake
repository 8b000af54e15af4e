# The golden, program and error layers, each one ctest test driven by tests/run_tests.py
# (see docs/testing.md). Each layer has an xfail list of tests known to fail for now; a listed test
# that passes fails the run (XPASS), so the lists shrink as features land.
set(GO2CPP_RUN_TESTS ${CMAKE_CURRENT_SOURCE_DIR}/run_tests.py)
set(GO2CPP_LAYER_TIMEOUT 1200)
# Programs get 30 s each (run_tests.py's default is 10): goroutines_fanout_100k takes several
# seconds on a machine where first touching a page costs tens of microseconds (docs/goroutines.md).

add_test(NAME programs
  COMMAND ${Python3_EXECUTABLE} ${GO2CPP_RUN_TESTS} programs ${CMAKE_CURRENT_SOURCE_DIR}/programs
          --go2cpp $<TARGET_FILE:go2cpp> --timeout 30
          --xfail ${CMAKE_CURRENT_SOURCE_DIR}/programs/xfail.txt)

add_test(NAME errors
  COMMAND ${Python3_EXECUTABLE} ${GO2CPP_RUN_TESTS} errors ${CMAKE_CURRENT_SOURCE_DIR}/errors
          --go2cpp $<TARGET_FILE:go2cpp>
          --xfail ${CMAKE_CURRENT_SOURCE_DIR}/errors/xfail.txt)

add_test(NAME golden
  COMMAND ${Python3_EXECUTABLE} ${GO2CPP_RUN_TESTS} golden ${PROJECT_SOURCE_DIR}/golden
          --go2cpp $<TARGET_FILE:go2cpp>
          --xfail ${PROJECT_SOURCE_DIR}/golden/xfail.txt)

# go2cpp -m against gc's -m lines recorded in tests/escape/*.go (docs/escape.md): fails when
# fewer than 95% of gc's lines are reproduced, or fewer than 95% of go2cpp's are gc's.
add_test(NAME escape
  COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/escape/check.py
          --go2cpp $<TARGET_FILE:go2cpp> --floor 0.95 --precision-floor 0.95)

set_tests_properties(programs errors golden PROPERTIES TIMEOUT ${GO2CPP_LAYER_TIMEOUT})

# A representative set of programs (a filter on their names) built with
# `go2cpp build -sanitize=address,undefined` and run: any ASan/UBSan/LSan report fails. Two or
# more per area (goroutines, channels, select, sync, maps, slices, strings, interfaces, generics,
# defer/panic, the collector, fmt, the standard library); the whole suite takes about 8 minutes
# more that way on two cores, so CI runs this set (about 2 minutes, docs/robustness.md) and the
# full runs are done by hand.
set(GO2CPP_SANITIZED_PROGRAMS
    "arrays_compare_keys,slices_append_self,slices_append_growth,slices_three_index,maps_keys,maps_basic,maps_nil,strings_bytes_runes,strings_range,funcs_closures,defer_order,defer_recover_basic,pointers_swap_list,structs_embedding,names_runtime_clash,names_new_make_funcs,errors_basic,fmt_stringer,panic_index_out_of_range,panic_nil_pointer,panic_repanic,iface_any_assert,iface_typeswitch,iface_equality,iface_method_signatures,generics_core,generics_list,generics_heap,goroutines_basic,goroutines_recover,goroutines_panic,chan_pipeline,chan_buffered_fifo,chan_close_range,select_send_recv,select_timeout,sync_mutex,sync_waitgroup,time_timer_ticker,deadlock_all_blocked,gc_goroutines_pointers,os_exit_code,stdlib_strings,stdlib_sort_equal"
)
add_test(NAME programs.sanitized
  COMMAND ${Python3_EXECUTABLE} ${GO2CPP_RUN_TESTS} programs ${CMAKE_CURRENT_SOURCE_DIR}/programs
          --go2cpp $<TARGET_FILE:go2cpp> --xfail ${CMAKE_CURRENT_SOURCE_DIR}/programs/xfail.txt
          --build-flag=-sanitize=address,undefined --filter ${GO2CPP_SANITIZED_PROGRAMS})
set_tests_properties(programs.sanitized PROPERTIES TIMEOUT ${GO2CPP_LAYER_TIMEOUT} LABELS sanitized)

# The goroutine programs under `go2cpp build -race` (ThreadSanitizer, docs/goroutines.md "-race"):
# race-free programs must run clean. (The CLI tests check that a real race is reported.)
set(GO2CPP_RACE_PROGRAMS
    "goroutines_basic,goroutines_args_eval,goroutines_recover,chan_pipeline,chan_unbuffered_pingpong,chan_close_range,select_send_recv,select_timeout,sync_mutex,sync_waitgroup,sync_rwmutex,sync_once,sync_atomic,time_timer_ticker,gc_goroutines_pointers,deadlock_all_blocked"
)
add_test(NAME programs.race
  COMMAND ${Python3_EXECUTABLE} ${GO2CPP_RUN_TESTS} programs ${CMAKE_CURRENT_SOURCE_DIR}/programs
          --go2cpp $<TARGET_FILE:go2cpp> --xfail ${CMAKE_CURRENT_SOURCE_DIR}/programs/xfail.txt
          --timeout 60 --build-flag=-race --filter ${GO2CPP_RACE_PROGRAMS})
set_tests_properties(programs.race PROPERTIES TIMEOUT ${GO2CPP_LAYER_TIMEOUT} LABELS sanitized)

# The cross targets (docs/targets.md): the programs listed in programs/cross.txt built with
# `go2cpp build -target TARGET` (statically linked) and run under qemu-user, with the same expected
# output as on the host. The toolchains must be installed first (`go2cpp toolchain install
# linux/arm64 linux/arm`, which scripts/test.sh runs); a missing one fails these tests.
foreach(target_emulator "linux/arm64=qemu-aarch64" "linux/arm=qemu-arm")
  string(REPLACE "=" ";" pair ${target_emulator})
  list(GET pair 0 target)
  list(GET pair 1 emulator)
  string(REPLACE "/" "-" slug ${target})
  add_test(NAME programs.${slug}
    COMMAND ${Python3_EXECUTABLE} ${GO2CPP_RUN_TESTS} programs ${CMAKE_CURRENT_SOURCE_DIR}/programs
            --go2cpp $<TARGET_FILE:go2cpp> --list ${CMAKE_CURRENT_SOURCE_DIR}/programs/cross.txt
            --xfail ${CMAKE_CURRENT_SOURCE_DIR}/programs/xfail.txt --timeout 60
            --build-flag=-target=${target} --exec ${emulator})
  set_tests_properties(programs.${slug} PROPERTIES TIMEOUT ${GO2CPP_LAYER_TIMEOUT} LABELS cross)
endforeach()
