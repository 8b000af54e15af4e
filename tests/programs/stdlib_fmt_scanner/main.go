// fmt.Scanner and fmt.ScanState: a type with its own Scan method is scanned by it, with the
// scanner's state (ReadRune, UnreadRune, SkipSpace, Token, Width) as Go's scan.go gives it.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// Point scans "(x,y)".
type Point struct{ X, Y int }

func (p *Point) Scan(s fmt.ScanState, verb rune) error {
	s.SkipSpace()
	r, _, err := s.ReadRune()
	if err != nil {
		return err
	}
	if r != '(' {
		return errors.New("expected (")
	}
	_, err = fmt.Fscanf(s, "%d,%d)", &p.X, &p.Y)
	return err
}

// Word takes a token of letters, and reports the verb and width it was given.
type Word struct {
	Text  string
	Verb  rune
	Width int
	HasW  bool
}

func (w *Word) Scan(s fmt.ScanState, verb rune) error {
	tok, err := s.Token(true, unicode.IsLetter)
	if err != nil {
		return err
	}
	w.Text = string(tok)
	w.Verb = verb
	w.Width, w.HasW = s.Width()
	return nil
}

// Runes reads up to three runes with ReadRune, reporting their sizes, and unreads a digit.
type Runes struct{ Got string }

func (r *Runes) Scan(s fmt.ScanState, verb rune) error {
	for i := 0; i < 3; i++ {
		c, size, err := s.ReadRune()
		if err == io.EOF {
			r.Got += "<EOF>"
			return nil
		}
		if err != nil {
			return err
		}
		if unicode.IsDigit(c) {
			s.UnreadRune()
			r.Got += "|"
			return nil
		}
		r.Got += fmt.Sprintf("%c%d", c, size)
	}
	return nil
}

// Fail always fails; an io.EOF from Scan becomes io.ErrUnexpectedEOF.
type Fail struct{ err error }

func (f *Fail) Scan(s fmt.ScanState, verb rune) error { return f.err }

// Reader calls Read, which the scanner state does not support.
type Reader struct{ msg string }

func (r *Reader) Scan(s fmt.ScanState, verb rune) error {
	_, err := s.Read(make([]byte, 4))
	r.msg = err.Error()
	return nil
}

func main() {
	var p, q Point
	n, err := fmt.Sscan("  (1,2) (30,-4)", &p, &q)
	fmt.Println(n, err, p, q)

	var w1, w2 Word
	var k int
	n, err = fmt.Sscanf("hello 42 world!", "%s %d %4v", &w1, &k, &w2)
	fmt.Printf("%d %v %q %c %d %v | %d | %q %c %d %v\n", n, err, w1.Text, w1.Verb, w1.Width, w1.HasW, k, w2.Text, w2.Verb, w2.Width, w2.HasW)

	var r1, r2 Runes
	n, err = fmt.Sscan("héllo", &r1)
	fmt.Println(n, err, r1.Got)
	n, err = fmt.Sscan("a7", &r2)
	fmt.Println(n, err, r2.Got)
	var r3 Runes
	n, err = fmt.Sscan("é", &r3)
	fmt.Println(n, err, r3.Got)

	n, err = fmt.Sscan("x", &Fail{errors.New("custom failure")})
	fmt.Println(n, err)
	n, err = fmt.Sscan("x", &Fail{io.EOF})
	fmt.Println(n, err, err == io.ErrUnexpectedEOF)

	var rd Reader
	n, err = fmt.Sscan("x", &rd)
	fmt.Println(n, err, rd.msg)

	// Fscan and Scanln over a reader, mixing a Scanner with ordinary operands.
	var name Word
	var age int
	var pt Point
	n, err = fmt.Fscan(strings.NewReader("alice 31\n(5,6)"), &name, &age, &pt)
	fmt.Println(n, err, name.Text, age, pt)
	n, err = fmt.Sscanln("bob (7,8)\n(9,9)", &name, &pt)
	fmt.Println(n, err, name.Text, pt)

	// Token with a nil function takes non-space runes; without skipping space it stops at once.
	var t1 Tok
	n, err = fmt.Sscan("  abc def", &t1)
	fmt.Printf("%d %v %q\n", n, err, t1.s)
	var t2 NoSkip
	n, err = fmt.Sscanf("  abc", "%v", &t2)
	fmt.Printf("%d %v %q\n", n, err, t2.s)

	// Empty input: Go reports EOF before calling Scan.
	var w3 Word
	n, err = fmt.Sscan("", &w3)
	fmt.Println(n, err)
	n, err = fmt.Sscan("   ", &w3)
	fmt.Println(n, err, w3.Text == "")
}

type Tok struct{ s string }

func (t *Tok) Scan(s fmt.ScanState, verb rune) error {
	b, err := s.Token(true, nil)
	t.s = string(b)
	return err
}

type NoSkip struct{ s string }

func (t *NoSkip) Scan(s fmt.ScanState, verb rune) error {
	b, err := s.Token(false, func(r rune) bool { return r != ' ' })
	t.s = string(b)
	return err
}
