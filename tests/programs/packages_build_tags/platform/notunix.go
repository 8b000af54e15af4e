//go:build !unix

package platform

func Unix() bool { return false }
