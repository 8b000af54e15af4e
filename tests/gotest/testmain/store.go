// Package store needs set-up before its tests: TestMain does it.
package store

var data map[string]int

func Open() { data = map[string]int{"a": 1} }

func Get(k string) (int, bool) {
	v, ok := data[k]
	return v, ok
}
