// Go identifiers that are C++ keywords (or alternative tokens, or predefined macros) must be
// renamed by go2cpp's one rule and behave exactly as in Go: types, fields, functions, methods,
// parameters, locals, constants and labels.
package main

import "fmt"

type class struct {
	namespace int
	template  string
	public    bool
}

type template int

func (t template) delete() template { return t * 2 }

func (c *class) this(operator int) int { return c.namespace + operator }

func new(virtual int) *class { return &class{namespace: virtual, template: "t", public: true} }

func static(and, or, not, xor int) int { return and + or*2 + not*3 + xor*4 }

const (
	auto     = 1
	register = 2
	volatile = auto + register
)

var (
	unsigned = 7
	signed   = -7
	nullptr  = "nullptr"
	linux    = 1
	unix     = 2
)

func main() {
	forty := 40
	c := new(forty) // (tree-sitter-go reads new( and make( as taking a type: new(40) does not parse yet)
	fmt.Println(c.namespace, c.template, c.public, c.this(2))
	var t template = 21
	fmt.Println(t.delete())
	fmt.Println(static(1, 2, 3, 4), auto, register, volatile, unsigned, signed, nullptr, linux+unix)
	namespace := []int{1, 2, 3}
	int := 3 // shadows the type int
	main := int * 2
	explicit, friend, typename, union, mutable := 1, 2, 3, 4, 5
	fmt.Println(int, main, explicit+friend+typename+union+mutable)
	bitand, bitor, compl, and_eq, or_eq, xor_eq, not_eq := 1, 2, 3, 4, 5, 6, 7
	fmt.Println(bitand + bitor + compl + and_eq + or_eq + xor_eq + not_eq)
	requires, concept, co_await, co_yield, co_return, constexpr, consteval := 1, 1, 1, 1, 1, 1, 1
	fmt.Println(requires + concept + co_await + co_yield + co_return + constexpr + consteval)
	char, long, short, double, float, void, sizeof := 1, 2, 3, 4, 5, 6, 7
	fmt.Println(char + long + short + double + float + void + sizeof)
	try, catch, throw, delete, inline, extern, typeid := 1, 2, 3, 4, 5, 6, 7
	fmt.Println(try + catch + throw + delete + inline + extern + typeid)
	asm, alignas, alignof, decltype, noexcept, thread_local, private := 1, 1, 1, 1, 1, 1, 1
	fmt.Println(asm + alignas + alignof + decltype + noexcept + thread_local + private)
	protected, reinterpret_cast, static_assert, static_cast, dynamic_cast, const_cast, wchar_t := 1, 1, 1, 1, 1, 1, 1
	fmt.Println(protected + reinterpret_cast + static_assert + static_cast + dynamic_cast + const_cast + wchar_t)
	char8_t, char16_t, char32_t, export, using, virtual, final := 1, 1, 1, 1, 1, 1, 1
	fmt.Println(char8_t + char16_t + char32_t + export + using + virtual + final)
	override, NULL, EOF, errno, assert, stdout, stderr := 1, 1, 1, 1, 1, 1, 1
	fmt.Println(override + NULL + EOF + errno + assert + stdout + stderr)
	true := false // shadows the constant true
	fmt.Println(true)
	for class := range namespace {
		if class == 1 {
			goto operator
		}
	}
operator:
	fmt.Println("done", len(namespace))
}
