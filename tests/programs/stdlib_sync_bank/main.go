// A bank simulation: goroutines transfer money between accounts guarded by a sync.Mutex each,
// locking in a fixed order to avoid deadlock; a WaitGroup waits for all tellers. The totals are
// the same however the goroutines interleave.
package main

import (
	"fmt"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	id      int
	balance int
}

type Bank struct {
	accounts []*Account
	txMu     sync.Mutex
	txCount  int
}

func (b *Bank) Transfer(from, to, amount int) bool {
	if from == to {
		return false
	}
	a, c := b.accounts[from], b.accounts[to]
	first, second := a, c
	if c.id < a.id {
		first, second = c, a
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if a.balance < amount {
		return false
	}
	a.balance -= amount
	c.balance += amount
	b.txMu.Lock()
	b.txCount++
	b.txMu.Unlock()
	return true
}

func (b *Bank) Total() int {
	t := 0
	for _, a := range b.accounts {
		a.mu.Lock()
		t += a.balance
		a.mu.Unlock()
	}
	return t
}

func main() {
	bank := &Bank{}
	for i := 0; i < 5; i++ {
		bank.accounts = append(bank.accounts, &Account{id: i, balance: 1000})
	}
	var wg sync.WaitGroup
	for t := 0; t < 8; t++ {
		wg.Add(1)
		go func(t int) {
			defer wg.Done()
			for k := 0; k < 100; k++ {
				bank.Transfer((t+k)%5, (t+2*k+1)%5, 1+k%7)
			}
		}(t)
	}
	wg.Wait()
	fmt.Println("total:", bank.Total())
	fmt.Println("transactions <= 800:", bank.txCount <= 800, bank.txCount > 0)
	var m sync.Mutex
	fmt.Println(m.TryLock(), m.TryLock())
	m.Unlock()
	fmt.Println(m.TryLock())
}
