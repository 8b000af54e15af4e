package calc

import (
	"fmt"
	"testing"
)

func TestAdd(t *testing.T) {
	if got := Add(2, 3); got != 5 {
		t.Errorf("Add(2, 3) = %d, want 5", got)
	}
	t.Log("a log line of a failing test is shown,\nwith its second line indented")
}

func TestDiv(t *testing.T) {
	t.Log("not shown: the test passes")
	if Div(6, 3) != 2 {
		t.Error("Div(6, 3) != 2")
	}
}

func TestFatalRunsDefers(t *testing.T) {
	defer func() { t.Log("deferred call ran") }()
	t.Cleanup(func() { t.Log("cleanup ran") })
	t.Fatalf("stop here: %v", []int{1, 2})
	t.Error("not reached")
}

func TestSubtests(t *testing.T) {
	for _, n := range []int{1, 2, 2} {
		t.Run(fmt.Sprint("n=", n), func(t *testing.T) {
			if n == 2 {
				t.Errorf("n is %d", n)
			}
		})
	}
	t.Run("nested", func(t *testing.T) {
		t.Run("deep", func(t *testing.T) { t.Fatal("deep failure") })
		t.Log("after the deep subtest")
	})
}

func ExampleAdd() {
	fmt.Println(Add(1, 1))
	// Output: 2
}
