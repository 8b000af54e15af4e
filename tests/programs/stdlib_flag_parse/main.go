package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type listValue []string

func (l *listValue) String() string { return strings.Join(*l, ",") }
func (l *listValue) Set(s string) error {
	if s == "bad" {
		return errors.New("bad list item")
	}
	*l = append(*l, s)
	return nil
}

func main() {
	n := flag.Int("n", 5, "number of `things`")
	name := flag.String("name", "world", "who to greet")
	v := flag.Bool("v", false, "verbose")
	d := flag.Duration("d", time.Second, "delay")
	f := flag.Float64("f", 1.5, "factor")
	u := flag.Uint("u", 3, "unsigned")
	var list listValue
	flag.Var(&list, "list", "items")
	var i64 int64
	flag.Int64Var(&i64, "big", -1, "a big one")
	flag.Parse()
	fmt.Println(*n, *name, *v, *d, *f, *u, list, i64)
	fmt.Println(flag.Args(), flag.NArg(), flag.NFlag(), flag.Arg(0), flag.Arg(5) == "", flag.Parsed())
	flag.Visit(func(fl *flag.Flag) { fmt.Print(fl.Name, "=", fl.Value, " ") })
	fmt.Println()
	flag.VisitAll(func(fl *flag.Flag) { fmt.Print(fl.Name, ":", fl.DefValue, " ") })
	fmt.Println()
	fmt.Println(flag.Lookup("name").Usage, flag.Lookup("nope") == nil)
	fmt.Println(flag.Set("n", "11"), *n, flag.Set("zz", "1"))

	fs := flag.NewFlagSet("prog", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	x := fs.Int("x", 0, "an `int` value")
	s := fs.String("s", "", "a string")
	b := fs.Bool("b", true, "a bool")
	var l2 listValue
	fs.Var(&l2, "l", "a list")
	fs.Func("fn", "a func flag", func(v string) error {
		fmt.Println("fn called with", v)
		return nil
	})
	fmt.Println(fs.Parse([]string{"-x", "3", "--s=hi", "-b=false", "-fn", "zz", "--", "-notflag"}), *x, *s, *b, fs.Args())
	for _, args := range [][]string{{"-y"}, {"-x", "abc"}, {"-x"}, {"-b=maybe"}, {"-l", "bad"}, {"-h"}, {"---x"}, {"-=1"}} {
		fs2 := flag.NewFlagSet("p2", flag.ContinueOnError)
		fs2.SetOutput(os.Stdout)
		fs2.Int("x", 0, "x value")
		fs2.Bool("b", false, "b value")
		var l3 listValue
		fs2.Var(&l3, "l", "list")
		err := fs2.Parse(args)
		fmt.Println("err:", err, err == flag.ErrHelp)
	}
	fmt.Println("defaults:")
	fs.PrintDefaults()
	fs.Usage()
	fmt.Println(fs.Name(), fs.ErrorHandling() == flag.ContinueOnError, fs.NFlag())
}
