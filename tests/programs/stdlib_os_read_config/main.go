// Reading a configuration file next to the program: os.Open and bufio.Scanner over the
// *os.File, key = value parsing with strings and strconv, durations with time.ParseDuration,
// errors reported with the line number, and os.ReadFile of the same file for its size.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
)

func load(path string) (map[string]string, []error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, []error{err}
	}
	defer f.Close()
	cfg := map[string]string{}
	var errs []error
	section := ""
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			section = strings.Trim(line, "[]") + "."
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			errs = append(errs, fmt.Errorf("%s:%d: missing '=' in %q", path, n, line))
			continue
		}
		cfg[section+strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	return cfg, errs
}

func main() {
	cfg, errs := load("config.ini")
	for _, e := range errs {
		fmt.Println("error:", e)
	}
	keys := make([]string, 0, len(cfg))
	for k := range cfg {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-18s %q\n", k, cfg[k])
	}
	port, _ := strconv.Atoi(cfg["port"])
	max, _ := strconv.ParseInt(cfg["limits.max_items"], 10, 64)
	timeout, err := time.ParseDuration(cfg["limits.timeout"])
	ratio, _ := strconv.ParseFloat(cfg["limits.ratio"], 64)
	fmt.Println(port+1, max*2, timeout, timeout.Seconds(), err, ratio*100)

	data, err := os.ReadFile("config.ini")
	fmt.Println(len(data), err, strings.Count(string(data), "\n"))
	_, errs = load("missing.ini")
	fmt.Println(errs[0], errors.Is(errs[0], os.ErrNotExist))
}
