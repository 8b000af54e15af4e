//go:build !go1.1

package platform

func Modern() string { return "before go1.1" }
