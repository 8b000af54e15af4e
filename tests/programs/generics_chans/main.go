// Generic pipelines over channels and goroutines.
package main

import (
	"fmt"
	"sync"
)

func Generate[T any](xs ...T) <-chan T {
	ch := make(chan T)
	go func() {
		defer close(ch)
		for _, x := range xs {
			ch <- x
		}
	}()
	return ch
}

func MapChan[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U, 2)
	go func() {
		for v := range in {
			out <- f(v)
		}
		close(out)
	}()
	return out
}

func Merge[T any](chans ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	wg.Add(len(chans))
	for _, c := range chans {
		go func(c <-chan T) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func Collect[T any](ch <-chan T) []T {
	var out []T
	for v := range ch {
		out = append(out, v)
	}
	return out
}

type Result[T any] struct {
	Val T
	Err error
}

func Worker[T, R any](jobs <-chan T, f func(T) (R, error)) chan Result[R] {
	res := make(chan Result[R])
	go func() {
		for j := range jobs {
			r, err := f(j)
			res <- Result[R]{r, err}
		}
		close(res)
	}()
	return res
}

func main() {
	sq := MapChan(Generate(1, 2, 3, 4), func(i int) int { return i * i })
	fmt.Println(Collect(sq))
	strs := Collect(MapChan(Generate("a", "b"), func(s string) string { return s + s }))
	fmt.Println(strs)
	total := 0
	for v := range Merge(Generate(1, 2, 3), Generate(10, 20), Generate[int]()) {
		total += v
	}
	fmt.Println(total)
	results := Worker(Generate(4, 0, 2), func(d int) (int, error) {
		if d == 0 {
			return 0, fmt.Errorf("divide by %d", d)
		}
		return 100 / d, nil
	})
	for r := range results {
		fmt.Printf("%+v %T\n", r, r)
	}
	bc := make(chan Result[string], 1)
	bc <- Result[string]{Val: "buffered"}
	fmt.Println((<-bc).Val, len(bc), cap(bc))
}
