// sync.Map as a concurrent registry: Store, Load, LoadOrStore, LoadAndDelete, Delete and
// Range, with goroutines storing concurrently; output sorted so it does not depend on order.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Session struct {
	User string
	Hits int
}

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m.Store(fmt.Sprintf("k%02d", i), i*i)
		}(i)
	}
	wg.Wait()
	v, ok := m.Load("k07")
	fmt.Println(v, ok)
	v, ok = m.Load("missing")
	fmt.Println(v, ok)
	actual, loaded := m.LoadOrStore("k03", -1)
	fmt.Println(actual, loaded)
	actual, loaded = m.LoadOrStore("new", "fresh")
	fmt.Println(actual, loaded)
	v, loaded = m.LoadAndDelete("k05")
	fmt.Println(v, loaded)
	v, loaded = m.LoadAndDelete("k05")
	fmt.Println(v, loaded)
	m.Delete("k00")
	m.Delete("never")
	var keys []string
	total := 0
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(string))
		if n, ok := v.(int); ok {
			total += n
		}
		return true
	})
	sort.Strings(keys)
	fmt.Println(len(keys), keys[:3], total)
	visited := 0
	m.Range(func(k, v any) bool {
		visited++
		return visited < 4
	})
	fmt.Println("visited", visited)

	var sessions sync.Map
	sessions.Store(1, &Session{User: "ann"})
	if s, ok := sessions.Load(1); ok {
		s.(*Session).Hits++
	}
	s, _ := sessions.Load(1)
	fmt.Printf("%+v\n", *s.(*Session))
	sessions.Store(1, &Session{User: "bob"})
	s, _ = sessions.Load(1)
	fmt.Println(s.(*Session).User)
}
