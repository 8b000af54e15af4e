// Package os as go2cpp programs see it; implemented in C++ (include/go/os.h, src/os.cpp,
// src/os_file.cpp).
package os

import (
	"io/fs"
	"time"
)

type File struct {
	fd   int
	name string
}

var (
	Stdin  *File
	Stdout *File
	Stderr *File
)

var Args []string

func Exit(code int)
func Getenv(key string) string
func LookupEnv(key string) (string, bool)
func Setenv(key, value string) error
func Unsetenv(key string) error

func (f *File) Read(b []byte) (n int, err error)
func (f *File) Write(b []byte) (n int, err error)
func (f *File) WriteString(s string) (n int, err error)
func (f *File) Close() error
func (f *File) Name() string

func (f *File) Stat() (FileInfo, error)
func (f *File) ReadDir(n int) ([]DirEntry, error)
func (f *File) Readdir(n int) ([]FileInfo, error)
func (f *File) Readdirnames(n int) (names []string, err error)
func (f *File) Chmod(mode FileMode) error
func (f *File) Chdir() error
func (f *File) Sync() error
func (f *File) Fd() uintptr

type PathError = fs.PathError

// LinkError records an error during a link or symlink or rename system call and the paths
// that caused it.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string
func (e *LinkError) Unwrap() error

// os's errors are io/fs's (internal/oserror's) values.
var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed
)

func IsExist(err error) bool
func IsNotExist(err error) bool
func IsPermission(err error) bool

type FileMode = fs.FileMode
type FileInfo = fs.FileInfo
type DirEntry = fs.DirEntry

const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular

	ModeType = fs.ModeType
	ModePerm = fs.ModePerm
)

const (
	PathSeparator     = '/' // OS-specific path separator
	PathListSeparator = ':' // OS-specific path list separator
)

const DevNull = "/dev/null"

func IsPathSeparator(c uint8) bool

func Stat(name string) (FileInfo, error)
func Lstat(name string) (FileInfo, error)
func SameFile(fi1, fi2 FileInfo) bool
func ReadDir(name string) ([]DirEntry, error)
func Getwd() (dir string, err error)
func Chdir(dir string) error
func Readlink(name string) (string, error)
func Symlink(oldname, newname string) error
func Link(oldname, newname string) error
func Rename(oldpath, newpath string) error
func Chmod(name string, mode FileMode) error
func Chtimes(name string, atime time.Time, mtime time.Time) error
func Truncate(name string, size int64) error
func DirFS(dir string) fs.FS

const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

func Create(name string) (*File, error)
func Open(name string) (*File, error)
func OpenFile(name string, flag int, perm FileMode) (*File, error)
func ReadFile(name string) ([]byte, error)
func WriteFile(name string, data []byte, perm FileMode) error
func Remove(name string) error
func RemoveAll(path string) error
func Mkdir(name string, perm FileMode) error
func MkdirAll(path string, perm FileMode) error
func MkdirTemp(dir, pattern string) (string, error)
func CreateTemp(dir, pattern string) (*File, error)
func TempDir() string
