// Package sync as go2cpp programs see it (WaitGroup, Mutex, RWMutex, Once, Cond, Map, Pool); implemented in C++ (include/go/sync.h). Methods are
// C++ functions Type_Method(receiver, ...), as the emitter writes every method call. The fields
// are placeholders: programs cannot name them, and the C++ types have their own.
package sync

type WaitGroup struct{ state int64 }

func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done()
func (wg *WaitGroup) Wait()

type Mutex struct{ state int64 }

func (m *Mutex) Lock()
func (m *Mutex) Unlock()
func (m *Mutex) TryLock() bool

type RWMutex struct{ state int64 }

func (rw *RWMutex) Lock()
func (rw *RWMutex) Unlock()
func (rw *RWMutex) RLock()
func (rw *RWMutex) RUnlock()
func (rw *RWMutex) TryLock() bool
func (rw *RWMutex) TryRLock() bool

type Once struct{ done bool }

func (o *Once) Do(f func())

type Locker interface {
	Lock()
	Unlock()
}

type Cond struct {
	L Locker
	w int64
}

func NewCond(l Locker) *Cond
func (c *Cond) Wait()
func (c *Cond) Signal()
func (c *Cond) Broadcast()

type Map struct{ m map[any]any }

func (m *Map) Load(key any) (value any, ok bool)
func (m *Map) Store(key, value any)
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool)
func (m *Map) LoadAndDelete(key any) (value any, loaded bool)
func (m *Map) Delete(key any)
func (m *Map) Range(f func(key, value any) bool)

type Pool struct {
	New   func() any
	items []any
}

func (p *Pool) Get() any
func (p *Pool) Put(x any)
