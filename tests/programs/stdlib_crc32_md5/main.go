// hash/crc32 and crypto/md5 from Go's sources: checksums and digests of known inputs.
package main

import (
	"crypto/md5"
	"fmt"
	"hash/crc32"
	"io"
)

func main() {
	data := []byte("The quick brown fox jumps over the lazy dog")
	fmt.Printf("%08x\n", crc32.ChecksumIEEE(data))
	fmt.Printf("%08x\n", crc32.Checksum(data, crc32.MakeTable(crc32.Castagnoli)))
	h := crc32.NewIEEE()
	h.Write(data[:10])
	h.Write(data[10:])
	fmt.Printf("%08x %d\n", h.Sum32(), h.Size())
	fmt.Printf("%08x\n", crc32.Update(0, crc32.IEEETable, []byte("")))
	fmt.Printf("%x\n", md5.Sum(data))
	fmt.Printf("%x\n", md5.Sum(nil))
	m := md5.New()
	io.WriteString(m, "The quick brown fox ")
	io.WriteString(m, "jumps over the lazy dog.")
	fmt.Printf("%x %d %d\n", m.Sum(nil), m.Size(), m.BlockSize())
	long := make([]byte, 1000)
	for i := range long {
		long[i] = byte(i * 7)
	}
	fmt.Printf("%x %08x\n", md5.Sum(long), crc32.ChecksumIEEE(long))
}
