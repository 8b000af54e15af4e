// Copyright notices and other comments may come first.

//go:build (unix || windows) && !plan9

package platform

func Unix() bool { return true }
