// Package intrinsics: the operations gc compiles to single instructions rather than calls
// (its "intrinsics"), for the overlay files of support-lib/std that give Go's own packages
// gc's fast paths (math.Sqrt, Floor, Ceil, Trunc, FMA). Implemented inline in C++
// (include/go/internal/intrinsics.h); only GOROOT packages may import it.
package intrinsics

// Sqrt is the correctly rounded square root (SQRTSD on amd64).
func Sqrt(x float64) float64

// Floor, Ceil and Trunc round to an integral value, exactly (ROUNDSD on amd64).
func Floor(x float64) float64
func Ceil(x float64) float64
func Trunc(x float64) float64

// FMA is x*y+z with one rounding.
func FMA(x, y, z float64) float64

// X86HasFMA reports what gc's internal/cpu calls X86.HasAVX && X86.HasFMA (the CPU and the
// operating system support AVX and FMA3); false on other architectures.
func X86HasFMA() bool
