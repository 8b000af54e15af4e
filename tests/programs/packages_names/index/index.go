package index

import (
	"fmt"
	"sort"
	"strings"
)

type Index struct {
	counts map[string]int
}

func New() *Index { return &Index{counts: map[string]int{}} }

func (ix *Index) Add(word string) { ix.counts[word]++ }

func (ix *Index) Count(word string) int { return ix.counts[word] }

func (ix *Index) String() string {
	var keys []string
	for k := range ix.counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s=%d;", k, ix.counts[k])
	}
	return b.String()
}
