package shapes

import (
	"errors"
	"testing"
)

// An internal test: it sees unexported names.
func TestPerimeter(t *testing.T) {
	if got := perimeter(Rect{2, 3}); got != 10 {
		t.Errorf("perimeter = %v, want 10", got)
	}
	t.Log("perimeter checked")
}

func TestNew(t *testing.T) {
	tests := []struct {
		name    string
		w, h    float64
		wantErr bool
	}{
		{"square", 2, 2, false},
		{"negative width", -1, 2, true},
		{"zero", 0, 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New(tc.w, tc.h)
			if (err != nil) != tc.wantErr {
				t.Fatalf("New(%v, %v) error = %v", tc.w, tc.h, err)
			}
			if err != nil && !errors.Is(err, ErrNegative) {
				t.Errorf("error %v does not wrap ErrNegative", err)
			}
		})
	}
}

func TestSkipped(t *testing.T) {
	if !testing.Short() {
		t.Skip("only with -short")
	}
}

func BenchmarkArea(b *testing.B) {
	r := Rect{3, 4}
	for i := 0; i < b.N; i++ {
		_ = r.Area()
	}
}
