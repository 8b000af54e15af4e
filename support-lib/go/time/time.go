// Package time as go2cpp programs see it, the part goroutine programs use; implemented in C++
// (include/go/time.h, src/time.cpp). Time's fields are placeholders for the checker.
package time

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

func (d Duration) String() string
func (d Duration) Seconds() float64
func (d Duration) Minutes() float64
func (d Duration) Hours() float64
func (d Duration) Milliseconds() int64
func (d Duration) Microseconds() int64
func (d Duration) Nanoseconds() int64
func (d Duration) Truncate(m Duration) Duration
func (d Duration) Round(m Duration) Duration

type Time struct {
	wall int64
	mono int64
}

func Now() Time
func Since(t Time) Duration
func Until(t Time) Duration
func Unix(sec int64, nsec int64) Time
func (t Time) Sub(u Time) Duration
func (t Time) Add(d Duration) Time
func (t Time) Before(u Time) bool
func (t Time) After(u Time) bool
func (t Time) Equal(u Time) bool
func (t Time) IsZero() bool
func (t Time) Unix() int64
func (t Time) UnixNano() int64
func (t Time) UnixMilli() int64

func Sleep(d Duration)

type Timer struct {
	C <-chan Time
	r int64
}

func NewTimer(d Duration) *Timer
func (t *Timer) Stop() bool
func (t *Timer) Reset(d Duration) bool
func After(d Duration) <-chan Time

type Ticker struct {
	C <-chan Time
	r int64
}

func NewTicker(d Duration) *Ticker
func (t *Ticker) Stop()
func (t *Ticker) Reset(d Duration)
func Tick(d Duration) <-chan Time
