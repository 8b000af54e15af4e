// A generic FIFO queue on a growing ring buffer.
package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("queue is empty")

type Queue[T any] struct {
	buf        []T
	head, size int
}

func (q *Queue[T]) grow() {
	n := len(q.buf) * 2
	if n == 0 {
		n = 2
	}
	nb := make([]T, n)
	for i := 0; i < q.size; i++ {
		nb[i] = q.buf[(q.head+i)%len(q.buf)]
	}
	q.buf = nb
	q.head = 0
}

func (q *Queue[T]) Enqueue(v T) {
	if q.size == len(q.buf) {
		q.grow()
	}
	q.buf[(q.head+q.size)%len(q.buf)] = v
	q.size++
}

func (q *Queue[T]) Dequeue() (T, error) {
	var zero T
	if q.size == 0 {
		return zero, ErrEmpty
	}
	v := q.buf[q.head]
	q.buf[q.head] = zero
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return v, nil
}

func (q *Queue[T]) Len() int { return q.size }

type job struct {
	id   int
	name string
}

func main() {
	var q Queue[int]
	for i := 1; i <= 5; i++ {
		q.Enqueue(i * i)
	}
	a, _ := q.Dequeue()
	b, _ := q.Dequeue()
	q.Enqueue(100)
	q.Enqueue(200)
	q.Enqueue(300)
	fmt.Println(a, b, q.Len(), cap(q.buf))
	for q.Len() > 0 {
		v, err := q.Dequeue()
		fmt.Print(v, err, ";")
	}
	fmt.Println()
	_, err := q.Dequeue()
	fmt.Println("err:", err, errors.Is(err, ErrEmpty))

	jobs := &Queue[job]{}
	jobs.Enqueue(job{1, "build"})
	jobs.Enqueue(job{2, "test"})
	j, _ := jobs.Dequeue()
	fmt.Printf("%+v %T %d\n", j, jobs, jobs.Len())
}
