//go:build go1.18

package platform

func Modern() string { return "go1.18 or later" }
