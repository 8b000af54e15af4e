// A worker pool: jobs on a channel, N workers, results gathered under a Mutex, a WaitGroup to
// know when all are done, an atomic counter of processed jobs, and Once to close a shared
// channel; results are sorted so the output does not depend on scheduling.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type Result struct {
	Job    int
	Worker int
	Value  string
}

func main() {
	jobs := make(chan int)
	var (
		mu        sync.Mutex
		results   []Result
		wg        sync.WaitGroup
		processed atomic.Int64
		closeOnce sync.Once
		perWorker [4]int
	)
	done := make(chan struct{})
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for j := range jobs {
				v := strings.Repeat(string(rune('a'+j%26)), j%5+1)
				mu.Lock()
				results = append(results, Result{j, w, v})
				perWorker[w]++
				mu.Unlock()
				if processed.Add(1) == 30 {
					closeOnce.Do(func() { close(done) })
				}
			}
		}(w)
	}
	for j := 0; j < 30; j++ {
		jobs <- j
	}
	close(jobs)
	<-done
	wg.Wait()
	sort.Slice(results, func(a, b int) bool { return results[a].Job < results[b].Job })
	for _, r := range results[:6] {
		fmt.Printf("job %2d -> %q\n", r.Job, r.Value)
	}
	total := 0
	for _, c := range perWorker {
		total += c
	}
	fmt.Println("processed:", processed.Load(), "total:", total, "results:", len(results))
}
