// +build windows,!linux

package platform

func Old() string { return "windows" }
