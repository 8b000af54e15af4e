package main

import (
	"fmt"
	"strings"
)

type State int

const (
	Idle State = iota
	Running
	Paused
	Stopped
)

var stateNames = [...]string{"Idle", "Running", "Paused", "Stopped"}

func (s State) String() string {
	if int(s) < len(stateNames) {
		return stateNames[s]
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event string

type Transition struct {
	From State
	On   Event
}

type Machine struct {
	state   State
	table   map[Transition]State
	history []State
	hooks   map[State][]func(from State)
}

func NewMachine() *Machine {
	m := &Machine{
		table: map[Transition]State{
			{Idle, "start"}:    Running,
			{Running, "pause"}: Paused,
			{Paused, "resume"}: Running,
			{Running, "stop"}:  Stopped,
			{Paused, "stop"}:   Stopped,
		},
		hooks: map[State][]func(State){},
	}
	return m
}

func (m *Machine) On(s State, f func(from State)) { m.hooks[s] = append(m.hooks[s], f) }

func (m *Machine) Fire(e Event) error {
	next, ok := m.table[Transition{m.state, e}]
	if !ok {
		return fmt.Errorf("no transition from %v on %q", m.state, e)
	}
	prev := m.state
	m.history = append(m.history, prev)
	m.state = next
	for _, h := range m.hooks[next] {
		h(prev)
	}
	return nil
}

type Counter struct {
	counts map[State]int
}

func (c *Counter) Observe(from State) { c.counts[from]++ }

func main() {
	m := NewMachine()
	c := &Counter{counts: map[State]int{}}
	var log strings.Builder
	m.On(Running, c.Observe)
	m.On(Running, func(from State) { fmt.Fprintf(&log, "[%v->Running]", from) })
	m.On(Stopped, func(from State) {
		defer fmt.Fprint(&log, "[stopped]")
		fmt.Fprintf(&log, "[from %d]", from)
	})
	events := []Event{"start", "pause", "pause", "resume", "stop", "start"}
outer:
	for i, e := range events {
		switch err := m.Fire(e); {
		case err != nil && m.state == Stopped:
			fmt.Println(i, "halted:", err)
			break outer
		case err != nil:
			fmt.Println(i, "error:", err)
			continue
		}
		fmt.Println(i, e, "->", m.state)
	}
	fmt.Println(m.history, c.counts, log.String())
	fmt.Printf("%v %d %s %x %q\n", Paused, Paused, State(9), Running, Stopped)
	var bits uint8
	for _, s := range []State{Running, Stopped} {
		bits |= 1 << uint(s)
	}
	fmt.Printf("%08b %d\n", bits, bits&^(1<<1))
	switch m.state {
	case Stopped:
		fmt.Println("stopped")
		fallthrough
	case Paused:
		fmt.Println("not running")
	default:
		fmt.Println("other")
	}
}
