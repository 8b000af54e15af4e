// The select statement, as one call to the runtime's go::select (go/select.h) inside a C++ switch
// on the index of the case that ran:
//
//   select {                           {
//   case v, ok := <-in:                  go::int_ recv_1{};
//     use(v, ok)                         bool ok_1{};
//   case out <- x:                       switch (go::select({go::recv_case(in, &recv_1, &ok_1),
//   default:                                                 go::send_case(out, x)},
//   }                                                       go::has_default)) {
//                                          case 0: {
//                                            go::int_ v = recv_1;
//                                            bool ok = ok_1;
//                                            use(v, ok);
//                                            break;
//                                          }
//                                          case 1: { break; }
//                                          default: { break; }
//                                        }
//                                      }
//
// Channel operands and sent values are evaluated in source order before the call (hoisted into
// temporaries when more than one has calls), as Go evaluates them on entering the select; the
// received value and `ok` land in temporaries that the chosen case then defines or assigns from.
// A Go `break` inside a case leaves the C++ switch, as it leaves the select. `select {}` is
// go::select_forever().
#include "emit/emit_internal.h"

namespace go2cpp::emit {

using namespace go2cpp::types;

void Emitter::select_stmt(const SelectStmt* s, const std::string& label) {
  if (s->clauses.empty()) {
    line("go::select_forever();");
    return;
  }
  struct Case {
    const CommClause* clause = nullptr;
    const SendStmt* send = nullptr;
    const Expr* chan = nullptr;        // the channel operand
    const AssignStmt* assign = nullptr;  // v[, ok] := / = <-ch
    std::string value, ok;             // temporaries of a receive with assignment
  };
  std::vector<Case> cases;
  const CommClause* dflt = nullptr;
  std::vector<const Expr*> operands;
  std::vector<const Type*> targets;
  for (const CommClause* cc : s->clauses) {
    if (cc->comm == nullptr) {
      dflt = cc;
      continue;
    }
    Case c;
    c.clause = cc;
    const Expr* recv = nullptr;
    if (const SendStmt* ss = cc->comm->as<SendStmt>()) {
      c.send = ss;
      c.chan = ss->chan;
    } else if (const ExprStmt* es = cc->comm->as<ExprStmt>()) {
      recv = es->x;
    } else if (const AssignStmt* as = cc->comm->as<AssignStmt>()) {
      c.assign = as;
      recv = as->rhs[0];
    }
    if (recv != nullptr) {
      while (const ParenExpr* p = recv->as<ParenExpr>()) recv = p->x;
      const UnaryExpr* u = recv->as<UnaryExpr>();
      if (u == nullptr || u->op != Op::Arrow) {
        unsupported(cc->comm, "this select case");
        return;
      }
      c.chan = u->x;
    }
    operands.push_back(c.chan);
    targets.push_back(nullptr);
    if (c.send != nullptr) {
      const Chan* ch = under(const_cast<Type*>(type_of(c.chan)))->as<Chan>();
      operands.push_back(c.send->value);
      targets.push_back(ch->elem);
    }
    cases.push_back(c);
  }
  line("{");
  ++indent_;
  std::vector<CExpr> values = ordered(operands, targets);
  std::string list;
  size_t k = 0;
  for (Case& c : cases) {
    const CExpr& ch = values[k++];
    if (!list.empty()) list += ", ";
    if (c.send != nullptr) {
      list += "go::send_case(" + ch.text + ", " + values[k++].text + ")";
      continue;
    }
    if (c.assign == nullptr) {
      list += "go::recv_case(" + ch.text + ")";
      continue;
    }
    const Chan* cht = under(const_cast<Type*>(type_of(c.chan)))->as<Chan>();
    c.value = fresh("recv");
    line(ctype(cht->elem) + " " + c.value + "{};");
    list += "go::recv_case(" + ch.text + ", &" + c.value;
    if (c.assign->lhs.size() > 1) {
      c.ok = fresh("ok");
      line("bool " + c.ok + "{};");
      list += ", &" + c.ok;
    }
    list += ")";
  }
  std::string end = label.empty() ? fresh("select_end") : label + "_break";
  breakables_.push_back({Breakable::CppSwitch, label, end, ""});
  line("switch (go::select({" + list + "}" + (dflt != nullptr ? ", go::has_default" : "") + ")) {");
  for (size_t i = 0; i < cases.size(); ++i) {
    const Case& c = cases[i];
    line("case " + std::to_string(i) + ": {");
    ++indent_;
    if (c.assign != nullptr) {
      const std::string temps[2] = {c.value, c.ok};
      for (size_t j = 0; j < c.assign->lhs.size() && j < 2; ++j) {
        const Expr* l = c.assign->lhs[j];
        const Ident* id = l->as<Ident>();
        if (id != nullptr && id->name == "_") continue;
        if (c.assign->define) {
          auto it = info_->defs.find(id);
          const Var* v = it != info_->defs.end() && it->second ? it->second->as<Var>() : nullptr;
          if (v != nullptr) {
            declare_local(id, v, temps[j]);
          } else {
            line(assign_target(l) + " = " + temps[j] + ";");  // redeclared in :=
          }
        } else {
          line(assign_target(l) + " = " + temps[j] + ";");
        }
      }
    }
    block(c.clause->body);
    line("break;");
    --indent_;
    line("}");
  }
  if (dflt != nullptr) {
    line("default: {");
    ++indent_;
    block(dflt->body);
    line("break;");
    --indent_;
    line("}");
  }
  line("}");
  Breakable b = breakables_.back();
  breakables_.pop_back();
  if (b.break_used) line(b.break_label + ":;");
  --indent_;
  line("}");
}

}  // namespace go2cpp::emit
