package main

import (
	"fmt"
	"sort"
	"strconv"
	"unicode/utf8"
)

type Person struct {
	Name string
	Age  int
}

type ByName []Person

func (a ByName) Len() int           { return len(a) }
func (a ByName) Less(i, j int) bool { return a[i].Name < a[j].Name }
func (a ByName) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	n, err := strconv.Atoi("123")
	fmt.Println(n, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	_, err = strconv.Atoi("99999999999999999999")
	fmt.Println(err)
	i64, err := strconv.ParseInt("-0x1f", 0, 64)
	fmt.Println(i64, err)
	i8, err := strconv.ParseInt("200", 10, 8)
	fmt.Println(i8, err)
	u, err := strconv.ParseUint("1_000", 0, 64)
	fmt.Println(u, err)
	f, err := strconv.ParseFloat("3.25e2", 64)
	fmt.Println(f, err)
	_, err = strconv.ParseFloat("abc", 64)
	fmt.Println(err)
	b, err := strconv.ParseBool("T")
	fmt.Println(b, err)
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 16), strconv.FormatInt(-8, 2), strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.Quote("hi\n\"x\""), strconv.FormatBool(false))
	s, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Println(s, err)
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func)
	}
	_, err = strconv.ParseInt("x", 10, 64)
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err, ne.Err == strconv.ErrSyntax)
	}
	xs := []int{5, 2, 8, 1, 9, 3, 7, 3, 3}
	sort.Ints(xs)
	fmt.Println(xs, sort.IntsAreSorted(xs), sort.SearchInts(xs, 7))
	ss := []string{"pear", "apple", "fig"}
	sort.Strings(ss)
	fmt.Println(ss)
	people := []Person{{"Al", 30}, {"Bo", 25}, {"Cy", 30}, {"Di", 25}, {"Ed", 40}, {"Fe", 30}, {"Gu", 25}, {"Ha", 30}, {"Io", 25}, {"Jo", 40}, {"Ka", 30}, {"Lu", 25}, {"Mo", 30}, {"Ny", 25}}
	sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age > people[j].Age })
	fmt.Println(people)
	sort.Sort(ByName(people))
	fmt.Println(people)
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs)
	big := make([]int, 200)
	for i := range big {
		big[i] = (i * 7919) % 101
	}
	idx := make([]int, len(big))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return big[idx[a]]/10 < big[idx[b]]/10 })
	fmt.Println(idx)
	fmt.Println(sort.Search(100, func(i int) bool { return i*i >= 50 }))
	fl := []float64{2.5, -1, 3, 0}
	sort.Float64s(fl)
	fmt.Println(fl, utf8.RuneCountInString("héllo"), utf8.RuneLen('€'), utf8.ValidString("a\xffb"))
	r, size := utf8.DecodeRuneInString("€x")
	fmt.Println(r, size, string(r))
}
