// A report printer: Fprintf to os.Stdout with widths from arguments (%*d, %-*s), explicit
// argument indexes (%[2]d), Sprintf building padded columns, Fprint and Fprintln spacing, and
// the errors fmt writes for missing and extra arguments.
package main

import (
	"fmt"
	"os"
	"strings"
)

type Row struct {
	Name  string
	Qty   int
	Price float64
}

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

func main() {
	rows := []Row{{"apples", 12, 0.5}, {"kiwi", 3, 1.25}, {"watermelon", 1, 4.99}}
	width := 0
	for _, r := range rows {
		if len(r.Name) > width {
			width = len(r.Name)
		}
	}
	fmt.Fprintf(os.Stdout, "%-*s %5s %8s\n", width, "item", "qty", "total")
	fmt.Fprintln(os.Stdout, strings.Repeat("-", width+15))
	var sum float64
	for _, r := range rows {
		t := float64(r.Qty) * r.Price
		sum += t
		fmt.Fprintf(os.Stdout, "%-*s %*d %8.2f\n", width, r.Name, 5, r.Qty, t)
	}
	fmt.Fprintf(os.Stdout, "%*s %8.2f\n", width+6, "sum", sum)
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	fmt.Printf("%[1]s-%[1]s %[3]v\n", "x", "unused", 3)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
	fmt.Printf("%z %d\n", 1, 2)
	fmt.Printf("%[5]d\n", 1)
	fmt.Printf("%-*d|\n", -4, 7)
	fmt.Printf("%.*f\n", 2, 3.14159)
	fmt.Printf("%s %d\n", 5, "five")
	fmt.Print("a", "b", 1, 2, "c", 3.5, nil, "\n")
	fmt.Fprint(os.Stdout, 1, 2, "x", Money(1234), "\n")
	fmt.Println(Money(5), []Money{100, 250}, map[string]Money{"a": 7})
	fmt.Printf("%v %s %d %08v\n", Money(99), Money(1001), Money(42), Money(3))
	line := fmt.Sprintf("|%6.2f|%-6d|%6s|", 2.0/3, 42, "ok")
	fmt.Println(line, len(line))
	n, err := fmt.Printf("%s\n", "counted")
	fmt.Println(n, err)
	fmt.Println(fmt.Sprintln("x", 1) == "x 1\n")
}
