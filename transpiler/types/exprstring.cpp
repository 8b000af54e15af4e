// Expressions printed back as Go source, the way go/types' ExprString does, for diagnostics.
#include "types/checker.h"

namespace go2cpp::types {

namespace {

void write_expr(std::string& out, const Expr* e);

void write_list(std::string& out, const std::vector<Expr*>& list) {
  for (size_t i = 0; i < list.size(); ++i) {
    if (i > 0) out += ", ";
    write_expr(out, list[i]);
  }
}

void write_fields(std::string& out, const FieldList& fl, const char* sep) {
  for (size_t i = 0; i < fl.list.size(); ++i) {
    if (i > 0) out += sep;
    const Field* f = fl.list[i];
    for (size_t j = 0; j < f->names.size(); ++j) {
      if (j > 0) out += ", ";
      out += f->names[j]->name;
    }
    if (!f->names.empty()) out += ' ';
    write_expr(out, f->type);
  }
}

void write_sig(std::string& out, const FuncType* ft) {
  out += '(';
  write_fields(out, ft->params, ", ");
  out += ')';
  if (ft->results.list.empty()) return;
  out += ' ';
  if (ft->results.list.size() == 1 && ft->results.list[0]->names.empty()) {
    write_expr(out, ft->results.list[0]->type);
  } else {
    out += '(';
    write_fields(out, ft->results, ", ");
    out += ')';
  }
}

void write_expr(std::string& out, const Expr* e) {
  if (e == nullptr) return;
  switch (e->kind) {
    case NodeKind::Ident:
      out += e->as<Ident>()->name;
      break;
    case NodeKind::BasicLit:
      out += e->as<BasicLit>()->text;
      break;
    case NodeKind::CompositeLit: {
      const CompositeLit* cl = e->as<CompositeLit>();
      write_expr(out, cl->type);
      out += cl->elts.empty() ? "{}" : "{…}";
      break;
    }
    case NodeKind::FuncLit:
      out += "func";
      write_sig(out, e->as<FuncLit>()->type);
      out += " {…}";
      break;
    case NodeKind::ParenExpr:
      out += '(';
      write_expr(out, e->as<ParenExpr>()->x);
      out += ')';
      break;
    case NodeKind::SelectorExpr:
      write_expr(out, e->as<SelectorExpr>()->x);
      out += '.';
      out += e->as<SelectorExpr>()->sel->name;
      break;
    case NodeKind::IndexExpr:
      write_expr(out, e->as<IndexExpr>()->x);
      out += '[';
      write_list(out, e->as<IndexExpr>()->indices);
      out += ']';
      break;
    case NodeKind::SliceExpr: {
      const SliceExpr* s = e->as<SliceExpr>();
      write_expr(out, s->x);
      out += '[';
      write_expr(out, s->low);
      out += ':';
      write_expr(out, s->high);
      if (s->slice3) {
        out += ':';
        write_expr(out, s->max);
      }
      out += ']';
      break;
    }
    case NodeKind::TypeAssertExpr:
      write_expr(out, e->as<TypeAssertExpr>()->x);
      out += ".(";
      if (e->as<TypeAssertExpr>()->type) {
        write_expr(out, e->as<TypeAssertExpr>()->type);
      } else {
        out += "type";
      }
      out += ')';
      break;
    case NodeKind::CallExpr: {
      const CallExpr* c = e->as<CallExpr>();
      write_expr(out, c->fun);
      out += '(';
      write_list(out, c->args);
      if (c->has_ellipsis) out += "...";
      out += ')';
      break;
    }
    case NodeKind::StarExpr:
      out += '*';
      write_expr(out, e->as<StarExpr>()->x);
      break;
    case NodeKind::UnaryExpr:
      out += op_spelling(e->as<UnaryExpr>()->op);
      write_expr(out, e->as<UnaryExpr>()->x);
      break;
    case NodeKind::BinaryExpr: {
      const BinaryExpr* b = e->as<BinaryExpr>();
      write_expr(out, b->x);
      out += ' ';
      out += op_spelling(b->op);
      out += ' ';
      write_expr(out, b->y);
      break;
    }
    case NodeKind::KeyValueExpr:
      write_expr(out, e->as<KeyValueExpr>()->key);
      out += ": ";
      write_expr(out, e->as<KeyValueExpr>()->value);
      break;
    case NodeKind::Ellipsis:
      out += "...";
      write_expr(out, e->as<Ellipsis>()->elt);
      break;
    case NodeKind::ArrayType: {
      const ArrayType* a = e->as<ArrayType>();
      out += '[';
      write_expr(out, a->len);
      out += ']';
      write_expr(out, a->elt);
      break;
    }
    case NodeKind::StructType:
      out += "struct{";
      write_fields(out, e->as<StructType>()->fields, "; ");
      out += '}';
      break;
    case NodeKind::FuncType:
      out += "func";
      write_sig(out, e->as<FuncType>());
      break;
    case NodeKind::InterfaceType:
      out += e->as<InterfaceType>()->methods.list.empty() ? "interface{}" : "interface{…}";
      break;
    case NodeKind::MapType:
      out += "map[";
      write_expr(out, e->as<MapType>()->key);
      out += ']';
      write_expr(out, e->as<MapType>()->value);
      break;
    case NodeKind::ChanType: {
      const ChanType* c = e->as<ChanType>();
      if (c->dir == ChanDir::Recv) out += "<-";
      out += "chan";
      if (c->dir == ChanDir::Send) out += "<-";
      out += ' ';
      write_expr(out, c->value);
      break;
    }
    default:
      out += "<bad expr>";
  }
}

}  // namespace

std::string Checker::expr_str(const Expr* e) const {
  std::string out;
  write_expr(out, e);
  return out;
}

}  // namespace go2cpp::types
