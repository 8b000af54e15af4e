// Command restock prints what to reorder: a Go program of the same module, built by CMake with
// go2cpp_add_executable beside the C++ application.
package main

import (
	"fmt"
	"os"

	"example.com/inventory"
)

func main() {
	s := inventory.NewStore(nil)
	s.Add(inventory.Item{Name: "bolt", Qty: 4, Price: 25})
	s.Add(inventory.Item{Name: "nut", Qty: 40, Price: 10})
	s.Add(inventory.Item{Name: "crate", Qty: 1, Price: 1250})
	low := 0
	for _, name := range s.Names() {
		if it := s.MustGet(name); it.Qty < 5 {
			fmt.Printf("reorder %s (%d left, %v each)\n", it.Name, it.Qty, it.Price)
			low++
		}
	}
	if low > 0 {
		os.Exit(3)
	}
}
