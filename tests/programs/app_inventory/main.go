package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

type Item struct {
	Name  string
	Price float64
	Qty   int
	Tags  []string
}

type Inventory struct {
	items map[string]*Item
	log   []string
}

var ErrNoItem = errors.New("no such item")

type StockError struct {
	Item      string
	Have, Want int
}

func (e StockError) Error() string {
	return fmt.Sprintf("insufficient stock for %s: have %d, want %d", e.Item, e.Have, e.Want)
}

func NewInventory() *Inventory {
	return &Inventory{items: make(map[string]*Item)}
}

func (inv *Inventory) Add(name string, price float64, qty int, tags ...string) {
	if it, ok := inv.items[name]; ok {
		it.Qty += qty
		inv.logf("restock %s +%d", name, qty)
		return
	}
	inv.items[name] = &Item{name, price, qty, tags}
	inv.logf("add %s", name)
}

func (inv *Inventory) logf(format string, args ...interface{}) {
	inv.log = append(inv.log, fmt.Sprintf(format, args...))
}

func (inv *Inventory) Remove(name string, qty int) error {
	it, ok := inv.items[name]
	if !ok {
		return fmt.Errorf("remove %q: %w", name, ErrNoItem)
	}
	if it.Qty < qty {
		return StockError{name, it.Qty, qty}
	}
	it.Qty -= qty
	inv.logf("remove %s -%d", name, qty)
	return nil
}

func (inv *Inventory) Sorted(by string) []*Item {
	out := make([]*Item, 0, len(inv.items))
	for _, it := range inv.items {
		out = append(out, it)
	}
	sort.Slice(out, func(i, j int) bool {
		switch by {
		case "price":
			if out[i].Price != out[j].Price {
				return out[i].Price < out[j].Price
			}
		case "qty":
			if out[i].Qty != out[j].Qty {
				return out[i].Qty > out[j].Qty
			}
		}
		return out[i].Name < out[j].Name
	})
	return out
}

func (inv *Inventory) Total() (total float64) {
	for _, it := range inv.items {
		total += it.Price * float64(it.Qty)
	}
	return
}

func (it Item) String() string {
	tags := "-"
	if len(it.Tags) > 0 {
		tags = strings.Join(it.Tags, ",")
	}
	return fmt.Sprintf("%-8s %7.2f x%-3d [%s]", it.Name, it.Price, it.Qty, tags)
}

func parseLine(line string) (string, float64, int, error) {
	parts := strings.Split(line, ";")
	if len(parts) != 3 {
		return "", 0, 0, fmt.Errorf("bad line %q", line)
	}
	price, err := strconv.ParseFloat(strings.TrimSpace(parts[1]), 64)
	if err != nil {
		return "", 0, 0, err
	}
	qty, err := strconv.Atoi(strings.TrimSpace(parts[2]))
	if err != nil {
		return "", 0, 0, err
	}
	return strings.TrimSpace(parts[0]), price, qty, nil
}

func main() {
	inv := NewInventory()
	input := `apple; 0.5; 100
banana; 0.25; 150
cherry; 3.0; 20
durian; 12.5; x
elderberry; 8
apple; 0.5; 50`
	for _, line := range strings.Split(input, "\n") {
		name, price, qty, err := parseLine(line)
		if err != nil {
			fmt.Fprintln(os.Stdout, "skip:", err)
			continue
		}
		inv.Add(name, price, qty, strings.ToUpper(name[:1]))
	}
	for _, req := range []struct {
		name string
		qty  int
	}{{"apple", 30}, {"cherry", 25}, {"kiwi", 1}} {
		if err := inv.Remove(req.name, req.qty); err != nil {
			var se StockError
			switch {
			case errors.As(err, &se):
				fmt.Println("stock:", se.Have, "<", se.Want, "|", err)
			case errors.Is(err, ErrNoItem):
				fmt.Println("missing:", err)
			}
		}
	}
	for _, by := range []string{"name", "price", "qty"} {
		fmt.Println("by", by)
		for _, it := range inv.Sorted(by) {
			fmt.Println(" ", it)
		}
	}
	fmt.Printf("total %.2f\n", inv.Total())
	fmt.Println(strings.Join(inv.log, " | "))
}
