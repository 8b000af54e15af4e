// The functions of math and math/bits that gc compiles to instructions, which go2cpp calls as
// C++ builtins (go/internal/intrinsics.h): edge cases, and each also called as a function value
// (the translated Go function), which must agree.
package main

import (
	"fmt"
	"math"
	"math/bits"
)

func main() {
	negZero := math.Copysign(0, -1)
	nan := math.NaN()
	fs := []float64{0, negZero, 1.5, -2.5, math.Inf(1), math.Inf(-1), nan, math.MaxFloat64, 5e-324, -7.999999999999999}
	abs, floor, sqrt := math.Abs, math.Floor, math.Sqrt
	for _, f := range fs {
		fmt.Println(f, math.Abs(f), abs(f), math.Floor(f), floor(f), math.Ceil(f), math.Trunc(f),
			math.Sqrt(f), sqrt(f), math.Signbit(f), math.IsNaN(f), math.IsInf(f, 0), math.IsInf(f, 1),
			math.IsInf(f, -1), math.Copysign(3, f), math.Float64bits(f), math.Float32bits(float32(f)),
			math.FMA(f, 3, -1))
	}
	fmt.Println(math.Float64frombits(0x7ff0000000000001), math.Float32frombits(0x3fc00000), math.Signbit(math.Abs(negZero)))
	us := []uint64{0, 1, 2, 3, 0x80, 0xFFFF, 1 << 31, 1<<32 + 5, 1 << 63, math.MaxUint64}
	lz, rot := bits.LeadingZeros64, bits.RotateLeft64
	for _, u := range us {
		u32 := uint32(u)
		fmt.Println(u, bits.LeadingZeros(uint(u)), bits.LeadingZeros64(u), lz(u), bits.LeadingZeros32(u32),
			bits.TrailingZeros(uint(u)), bits.TrailingZeros64(u), bits.TrailingZeros32(u32),
			bits.OnesCount(uint(u)), bits.OnesCount64(u), bits.OnesCount32(u32),
			bits.Len(uint(u)), bits.Len64(u), bits.Len32(u32),
			bits.RotateLeft(uint(u), 3), bits.RotateLeft64(u, -5), rot(u, 67), bits.RotateLeft32(u32, -33), bits.RotateLeft32(u32, 31))
	}
}
