// Package calc has bugs on purpose: its tests show go2cpp test's failure reports.
package calc

func Add(a, b int) int { return a - b } // the bug

func Div(a, b int) int { return a / b }
