// Package sink delivers events to a Sink, which C++ code may implement: the golden file shows
// the abstract class (Sink_cpp) and descriptor go2cpp writes for that (docs/interop.md).
package sink

import "fmt"

// Sink receives events. Its String method is what fmt prints for a C++ implementation too.
type Sink interface {
	Deliver(topic string, payload []byte) (int, error)
	String() string
}

// Filter is a Sink that drops some topics.
type Filter interface {
	Sink
	Accepts(topic string) bool
}

// hidden has an unexported method: neither Go nor C++ outside the package can implement it,
// so it gets no C++ class.
type hidden interface{ poke() }

// Counter counts what it is given.
type Counter struct{ N, Bytes int }

func (c *Counter) Deliver(topic string, payload []byte) (int, error) {
	c.N++
	c.Bytes += len(payload)
	return len(payload), nil
}

func (c *Counter) String() string { return fmt.Sprintf("counter(%d events, %d bytes)", c.N, c.Bytes) }

// Send delivers each payload to s and returns the total delivered.
func Send(s Sink, topic string, payloads ...string) (int, error) {
	total := 0
	for _, p := range payloads {
		n, err := s.Deliver(topic, []byte(p))
		if err != nil {
			return total, fmt.Errorf("send to %v: %w", s, err)
		}
		total += n
	}
	return total, nil
}

func poke(h hidden) { h.poke() }
