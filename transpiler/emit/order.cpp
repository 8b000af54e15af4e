// Order of evaluation. Go evaluates the function calls (and receives) of an expression in
// lexical left-to-right order; C++ leaves the order of function arguments and of the operands of
// most operators unspecified (g++ often goes right to left). gc evaluates the operands that
// contain calls first, left to right, then the others. So when two or more operands of one call
// or operator contain calls, or one does and another reads a variable, each operand with a call
// is evaluated first into a temporary, in order, by a statement emitted just before the current
// one. Braced initializer lists are already
// evaluated left to right in C++, so composite literals need nothing.
#include "emit/emit_internal.h"
#include "syntax/walk.h"

namespace go2cpp::emit {

using namespace go2cpp::types;

bool Emitter::has_call(const Expr* e) {
  bool found = false;
  walk(e, [&](const Node* n) {
    if (found || n->is<FuncLit>()) return false;
    if (const CallExpr* c = n->as<CallExpr>()) {
      const TypeAndValue* ftv = tv_of(c->fun);
      if (ftv == nullptr) return true;
      if (ftv->mode == Mode::TypeExpr) {
        // Conversions that copy memory (string ↔ []byte, []rune) read their operand when they
        // run, so they are ordered like calls.
        const TypeAndValue* tv = tv_of(c);
        if (tv && tv->mode != Mode::Constant && (is_string(tv->type) ||
                                                 under(tv->type)->kind == TypeKind::Slice)) {
          found = true;
          return false;
        }
        return true;
      }
      if (ftv->mode == Mode::Builtin) {
        const Expr* f = c->fun;
        while (const ParenExpr* p = f->as<ParenExpr>()) f = p->x;
        auto it = info_->uses.find(f->as<Ident>());
        const Builtin* b = it != info_->uses.end() ? it->second->as<Builtin>() : nullptr;
        // len and cap of a channel read state that other operands (a receive) change.
        bool of_chan = (b && (b->id == BuiltinId::Len || b->id == BuiltinId::Cap) &&
                        c->args.size() == 1 && type_of(c->args[0]) &&
                        under(const_cast<Type*>(type_of(c->args[0])))->kind == TypeKind::Chan);
        if (b && !of_chan && (b->id == BuiltinId::Len || b->id == BuiltinId::Cap ||
                  b->id == BuiltinId::Real || b->id == BuiltinId::Imag ||
                  b->id == BuiltinId::Complex || b->id == BuiltinId::Min ||
                  b->id == BuiltinId::Max)) {
          return true;
        }
      }
      const TypeAndValue* tv = tv_of(c);
      if (tv && tv->mode == Mode::Constant) return false;
      found = true;
      return false;
    }
    if (const UnaryExpr* u = n->as<UnaryExpr>(); u && u->op == Op::Arrow) found = true;
    return !found;
  });
  return found;
}

std::vector<CExpr> Emitter::ordered(const std::vector<const Expr*>& list,
                                    const std::vector<const Type*>& targets) {
  int calls = 0;
  bool reads = false;  // an operand without calls that is not a constant
  for (const Expr* e : list) {
    if (has_call(e)) {
      calls++;
    } else if (const TypeAndValue* tv = tv_of(e); tv == nullptr || tv->mode != Mode::Constant) {
      reads = true;
    }
  }
  // gc evaluates the calls first, left to right, then the other operands: in f(x, g()) or
  // p.v + g(), x and p.v are read after g() ran (and a nil p panics only then).
  const bool hoist = calls >= 2 || (calls == 1 && reads);
  std::vector<CExpr> out;
  for (size_t i = 0; i < list.size(); ++i) {
    const Type* target = i < targets.size() ? targets[i] : nullptr;
    CExpr v = target ? expr_to(list[i], target) : expr(list[i]);
    if (hoist && !no_hoist_ && has_call(list[i])) {
      const Type* t = type_of(list[i]);
      if (target != nullptr && is_interface(target)) t = target;
      if (t != nullptr && t->kind != TypeKind::Tuple && !is_untyped(t)) {
        std::string tmp = fresh("arg");
        line(ctype(t) + " " + tmp + " = " + v.text + ";");
        v = {tmp, 0};
      }
    }
    out.push_back(v);
  }
  return out;
}

}  // namespace go2cpp::emit
