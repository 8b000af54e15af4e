// The log package with deterministic output: SetFlags(0) and SetPrefix on the standard
// logger, log.New with a prefix writing to os.Stdout, Lmsgprefix, Print/Printf/Println adding a
// newline only when missing, and log.Panicf recovered.
package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.Print("plain ", 1, 2, "x")
	log.Printf("value=%d", 42)
	log.Println("with", "spaces", 3)
	log.Printf("ends with newline\n")
	log.SetPrefix("[app] ")
	log.Println("prefixed")
	fmt.Println(log.Prefix(), log.Flags())

	l := log.New(os.Stdout, "worker: ", 0)
	l.Printf("job %d done", 7)
	l.SetPrefix("w2: ")
	l.Println("next")
	l.SetFlags(log.Lmsgprefix)
	l.Print("msgprefix")
	fmt.Println(l.Prefix(), l.Flags(), log.LstdFlags, log.Lshortfile, log.LUTC)
	errLog := log.New(os.Stderr, "ERR ", 0)
	errLog.Println("to stderr")
	l.Writer().Write([]byte("raw write\n"))

	defer func() { fmt.Println("recovered:", recover()) }()
	log.Panicf("bad state %q", "x")
}
