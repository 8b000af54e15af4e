// Package os as go2cpp programs see it; implemented in C++ (include/go/os.h).
package os

type File struct {
	fd int
}

var (
	Stdin  *File
	Stdout *File
	Stderr *File
)

var Args []string

func Exit(code int)
func Getenv(key string) string

func (f *File) Read(b []byte) (n int, err error)
func (f *File) Write(b []byte) (n int, err error)
func (f *File) WriteString(s string) (n int, err error)
