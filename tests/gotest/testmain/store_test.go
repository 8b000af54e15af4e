package store

import (
	"fmt"
	"os"
	"testing"
)

func TestMain(m *testing.M) {
	fmt.Println("setup")
	Open()
	code := m.Run()
	fmt.Println("teardown, code", code)
	os.Exit(code)
}

func TestGet(t *testing.T) {
	if v, ok := Get("a"); !ok || v != 1 {
		t.Errorf("Get(a) = %v, %v", v, ok)
	}
}

func TestOnlyThisRuns(t *testing.T) {
	t.Log("selected by -run")
}
