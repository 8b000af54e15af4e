// log.Fatalf writes its message and exits with status 1 without running deferred calls.
package main

import (
	"log"
	"os"
)

func main() {
	defer log.Println("deferred: must not print")
	log.SetFlags(0)
	logger := log.New(os.Stdout, "main: ", 0)
	logger.Println("starting")
	if len(os.Args) < 5 {
		log.Fatalf("need %d arguments, got %d", 4, len(os.Args)-1)
	}
	logger.Println("unreachable")
}
