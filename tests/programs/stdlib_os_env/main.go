// Configuration from the environment and the command line: os.Getenv, os.LookupEnv telling
// unset from empty, os.Args with flags parsed by hand.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println(len(os.Args) > 0, os.Args[1:])
	verbose := false
	var names []string
	for _, a := range os.Args[1:] {
		if a == "-v" {
			verbose = true
			continue
		}
		if strings.HasPrefix(a, "--name=") {
			names = append(names, strings.TrimPrefix(a, "--name="))
		}
	}
	fmt.Println(verbose, names)
	fmt.Printf("%q\n", os.Getenv("APP_MODE"))
	fmt.Printf("%q\n", os.Getenv("APP_EMPTY"))
	fmt.Printf("%q\n", os.Getenv("APP_UNSET_VARIABLE"))
	for _, k := range []string{"APP_MODE", "APP_EMPTY", "APP_UNSET_VARIABLE"} {
		v, ok := os.LookupEnv(k)
		fmt.Printf("%s: %q %v\n", k, v, ok)
	}
	port := os.Getenv("APP_PORT")
	if port == "" {
		port = "8080"
	}
	fmt.Println("port", port)
}
