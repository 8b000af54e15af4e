package main

import (
	"errors"
	"fmt"
)

type Store interface {
	Get(key string) (string, bool)
	Put(key, value string) (old string, err error)
}

type memStore struct{ m map[string]string }

func (s *memStore) Get(key string) (string, bool) {
	v, ok := s.m[key]
	return v, ok
}

func (s *memStore) Put(key, value string) (old string, err error) {
	if key == "" {
		err = errors.New("empty key")
		return
	}
	old = s.m[key]
	s.m[key] = value
	return
}

func main() {
	var s Store = &memStore{map[string]string{}}
	fmt.Println(s.Put("a", "1"))
	fmt.Println(s.Put("a", "2"))
	fmt.Println(s.Put("", "x"))
	v, ok := s.Get("a")
	fmt.Println(v, ok)
	fmt.Println(s.Get("zz"))
	old, err := s.Put("b", "3")
	fmt.Printf("%q %v\n", old, err)
}
