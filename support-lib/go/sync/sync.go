// Package sync as go2cpp programs see it; implemented in C++ (include/go/sync.h). Methods are
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
