package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode"
)

type Token struct {
	Kind string
	Text string
}

type Lexer struct {
	src []rune
	pos int
}

func (l *Lexer) Next() (Token, bool) {
	for l.pos < len(l.src) && unicode.IsSpace(l.src[l.pos]) {
		l.pos++
	}
	if l.pos >= len(l.src) {
		return Token{}, false
	}
	start := l.pos
	r := l.src[l.pos]
	switch {
	case unicode.IsDigit(r):
		for l.pos < len(l.src) && (unicode.IsDigit(l.src[l.pos]) || l.src[l.pos] == '.') {
			l.pos++
		}
		return Token{"num", string(l.src[start:l.pos])}, true
	case unicode.IsLetter(r):
		for l.pos < len(l.src) && unicode.IsLetter(l.src[l.pos]) {
			l.pos++
		}
		return Token{"ident", string(l.src[start:l.pos])}, true
	}
	l.pos++
	return Token{"op", string(r)}, true
}

type Parser struct {
	toks []Token
	i    int
	vars map[string]float64
}

func (p *Parser) peek() string {
	if p.i < len(p.toks) {
		return p.toks[p.i].Text
	}
	return ""
}

func (p *Parser) expr() float64 {
	v := p.term()
	for p.peek() == "+" || p.peek() == "-" {
		op := p.toks[p.i].Text
		p.i++
		r := p.term()
		if op == "+" {
			v += r
		} else {
			v -= r
		}
	}
	return v
}

func (p *Parser) term() float64 {
	v := p.factor()
	for p.peek() == "*" || p.peek() == "/" {
		op := p.toks[p.i].Text
		p.i++
		r := p.factor()
		if op == "*" {
			v *= r
		} else {
			v /= r
		}
	}
	return v
}

func (p *Parser) factor() float64 {
	t := p.toks[p.i]
	p.i++
	switch t.Kind {
	case "num":
		var f float64
		fmt.Sscan(t.Text, &f)
		return f
	case "ident":
		v, ok := p.vars[t.Text]
		if !ok {
			panic(fmt.Sprintf("undefined variable %s", t.Text))
		}
		return v
	}
	if t.Text == "(" {
		v := p.expr()
		p.i++
		return v
	}
	if t.Text == "-" {
		return -p.factor()
	}
	panic("unexpected " + t.Text)
}

func eval(line string, vars map[string]float64) (result float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("eval %q: %v", line, r)
		}
	}()
	lx := &Lexer{src: []rune(line)}
	var toks []Token
	for {
		t, ok := lx.Next()
		if !ok {
			break
		}
		toks = append(toks, t)
	}
	if len(toks) >= 2 && toks[1].Text == "=" {
		p := &Parser{toks: toks[2:], vars: vars}
		v := p.expr()
		vars[toks[0].Text] = v
		return v, nil
	}
	p := &Parser{toks: toks, vars: vars}
	return p.expr(), nil
}

func main() {
	vars := map[string]float64{"pi": 3.14159}
	sc := bufio.NewScanner(os.Stdin)
	freq := map[string]int{}
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		for _, w := range strings.FieldsFunc(line, func(r rune) bool { return !unicode.IsLetter(r) }) {
			freq[w]++
		}
		v, err := eval(line, vars)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%s => %g\n", line, v)
	}
	names := make([]string, 0, len(vars))
	for k := range vars {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Printf("%s=%.4f ", k, vars[k])
	}
	fmt.Println()
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range freq {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v > kvs[j].v
		}
		return kvs[i].k < kvs[j].k
	})
	fmt.Println(kvs)
}
