// Package inventory keeps a stock of items: the Go side of the cpp-interop example, called from
// the C++ application in ../main.cpp.
package inventory

import (
	"errors"
	"fmt"
	"sort"
	"sync"

	"example.com/inventory/money"
)

// Item is one line of stock.
type Item struct {
	Name  string
	Qty   int
	Price money.Cents
	Tags  []string
}

// Value is what the line is worth.
func (it Item) Value() money.Cents { return it.Price * money.Cents(it.Qty) }

// Notifier hears about changes to a Store. The C++ application implements it.
type Notifier interface {
	Notify(event string, qty int) error
}

// ErrUnknown is wrapped by errors about items the store does not hold.
var ErrUnknown = errors.New("unknown item")

// Store is a set of items by name.
type Store struct {
	items    map[string]*Item
	notifier Notifier
	Failures int // notifications that returned an error or panicked
}

// NewStore returns an empty store that tells n about every change (n may be nil).
func NewStore(n Notifier) *Store {
	return &Store{items: map[string]*Item{}, notifier: n}
}

// Add puts it into the store, adding to the quantity of an item of the same name.
func (s *Store) Add(it Item) {
	if old, ok := s.items[it.Name]; ok {
		old.Qty += it.Qty
	} else {
		c := it
		s.items[it.Name] = &c
	}
	s.notify("add "+it.Name, s.items[it.Name].Qty)
}

// Remove takes qty of the named item out of the store.
func (s *Store) Remove(name string, qty int) error {
	it, ok := s.items[name]
	if !ok {
		return fmt.Errorf("remove %q: %w", name, ErrUnknown)
	}
	if qty > it.Qty {
		return fmt.Errorf("remove %d %s: only %d left", qty, name, it.Qty)
	}
	it.Qty -= qty
	s.notify("remove "+name, it.Qty)
	return nil
}

// notify tells the notifier about an event. An error or a panic from it is counted and
// reported, not passed on: a C++ exception thrown by a C++ notifier reaches Go as a panic, which
// the deferred function recovers.
func (s *Store) notify(event string, qty int) {
	if s.notifier == nil {
		return
	}
	defer func() {
		if r := recover(); r != nil {
			s.Failures++
			fmt.Println("inventory: notifier panicked:", r)
		}
	}()
	if err := s.notifier.Notify(event, qty); err != nil {
		s.Failures++
		fmt.Println("inventory: notifier failed:", err)
	}
}

// MustGet returns the named item and panics when there is none.
func (s *Store) MustGet(name string) Item {
	it, ok := s.items[name]
	if !ok {
		panic("inventory: no item named " + name)
	}
	return *it
}

// Names returns the names of the items, sorted.
func (s *Store) Names() []string {
	names := make([]string, 0, len(s.items))
	for name := range s.items {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// CountByTag returns how many items carry each tag.
func (s *Store) CountByTag() map[string]int {
	counts := map[string]int{}
	for _, it := range s.items {
		for _, tag := range it.Tags {
			counts[tag]++
		}
	}
	return counts
}

// Total is the value of the whole stock.
func (s *Store) Total() money.Cents {
	var total money.Cents
	for _, it := range s.items {
		total += it.Value()
	}
	return total
}

// IsUnknown reports whether err is, or wraps, ErrUnknown.
func IsUnknown(err error) bool { return errors.Is(err, ErrUnknown) }

// Pricer values items on a pool of goroutines: Submit hands an item to the next free goroutine,
// Finish waits for all of them.
type Pricer struct {
	jobs  chan Item
	wg    sync.WaitGroup
	mu    sync.Mutex
	count int
	total money.Cents
}

// StartPricer starts n goroutines that wait for items.
func StartPricer(n int) *Pricer {
	p := &Pricer{jobs: make(chan Item)}
	for i := 0; i < n; i++ {
		p.wg.Add(1)
		go func() {
			defer p.wg.Done()
			for it := range p.jobs {
				p.mu.Lock()
				p.count++
				p.total += it.Value()
				p.mu.Unlock()
			}
		}()
	}
	return p
}

// Submit hands it to one of the goroutines, waiting until one takes it.
func (p *Pricer) Submit(it Item) { p.jobs <- it }

// Finish stops the goroutines once they are done and returns how many items they priced and
// what those are worth.
func (p *Pricer) Finish() (int, money.Cents) {
	close(p.jobs)
	p.wg.Wait()
	return p.count, p.total
}
