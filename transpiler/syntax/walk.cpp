// The child lists of every node kind, in source order.
#include "syntax/walk.h"

namespace go2cpp::syntax {

namespace {

void fields(const FieldList& fl, const std::function<bool(const Node*)>& visit) {
  for (const Field* f : fl.list) {
    for (const Ident* id : f->names) walk(id, visit);
    if (f->type) walk(f->type, visit);
  }
}

template <class T>
void all(const std::vector<T*>& list, const std::function<bool(const Node*)>& visit) {
  for (const T* n : list) {
    if (n) walk(n, visit);
  }
}

void opt(const Node* n, const std::function<bool(const Node*)>& visit) {
  if (n) walk(n, visit);
}

}  // namespace

void walk(const Node* n, const std::function<bool(const Node*)>& visit) {
  if (n == nullptr || !visit(n)) return;
  switch (n->kind) {
    case NodeKind::CompositeLit:
      opt(n->as<CompositeLit>()->type, visit);
      all(n->as<CompositeLit>()->elts, visit);
      break;
    case NodeKind::FuncLit:
      opt(n->as<FuncLit>()->type, visit);
      opt(n->as<FuncLit>()->body, visit);
      break;
    case NodeKind::ParenExpr: opt(n->as<ParenExpr>()->x, visit); break;
    case NodeKind::SelectorExpr:
      opt(n->as<SelectorExpr>()->x, visit);
      opt(n->as<SelectorExpr>()->sel, visit);
      break;
    case NodeKind::IndexExpr:
      opt(n->as<IndexExpr>()->x, visit);
      all(n->as<IndexExpr>()->indices, visit);
      break;
    case NodeKind::SliceExpr: {
      const SliceExpr* s = n->as<SliceExpr>();
      opt(s->x, visit);
      opt(s->low, visit);
      opt(s->high, visit);
      opt(s->max, visit);
      break;
    }
    case NodeKind::TypeAssertExpr:
      opt(n->as<TypeAssertExpr>()->x, visit);
      opt(n->as<TypeAssertExpr>()->type, visit);
      break;
    case NodeKind::CallExpr:
      opt(n->as<CallExpr>()->fun, visit);
      all(n->as<CallExpr>()->args, visit);
      break;
    case NodeKind::StarExpr: opt(n->as<StarExpr>()->x, visit); break;
    case NodeKind::UnaryExpr: opt(n->as<UnaryExpr>()->x, visit); break;
    case NodeKind::BinaryExpr:
      opt(n->as<BinaryExpr>()->x, visit);
      opt(n->as<BinaryExpr>()->y, visit);
      break;
    case NodeKind::KeyValueExpr:
      opt(n->as<KeyValueExpr>()->key, visit);
      opt(n->as<KeyValueExpr>()->value, visit);
      break;
    case NodeKind::Ellipsis: opt(n->as<Ellipsis>()->elt, visit); break;
    case NodeKind::ArrayType:
      opt(n->as<ArrayType>()->len, visit);
      opt(n->as<ArrayType>()->elt, visit);
      break;
    case NodeKind::StructType: fields(n->as<StructType>()->fields, visit); break;
    case NodeKind::FuncType:
      fields(n->as<FuncType>()->type_params, visit);
      fields(n->as<FuncType>()->params, visit);
      fields(n->as<FuncType>()->results, visit);
      break;
    case NodeKind::InterfaceType: fields(n->as<InterfaceType>()->methods, visit); break;
    case NodeKind::MapType:
      opt(n->as<MapType>()->key, visit);
      opt(n->as<MapType>()->value, visit);
      break;
    case NodeKind::ChanType: opt(n->as<ChanType>()->value, visit); break;
    case NodeKind::DeclStmt: opt(n->as<DeclStmt>()->decl, visit); break;
    case NodeKind::LabeledStmt:
      opt(n->as<LabeledStmt>()->label, visit);
      opt(n->as<LabeledStmt>()->stmt, visit);
      break;
    case NodeKind::ExprStmt: opt(n->as<ExprStmt>()->x, visit); break;
    case NodeKind::SendStmt:
      opt(n->as<SendStmt>()->chan, visit);
      opt(n->as<SendStmt>()->value, visit);
      break;
    case NodeKind::IncDecStmt: opt(n->as<IncDecStmt>()->x, visit); break;
    case NodeKind::AssignStmt:
      all(n->as<AssignStmt>()->lhs, visit);
      all(n->as<AssignStmt>()->rhs, visit);
      break;
    case NodeKind::GoStmt: opt(n->as<GoStmt>()->call, visit); break;
    case NodeKind::DeferStmt: opt(n->as<DeferStmt>()->call, visit); break;
    case NodeKind::ReturnStmt: all(n->as<ReturnStmt>()->results, visit); break;
    case NodeKind::BranchStmt: opt(n->as<BranchStmt>()->label, visit); break;
    case NodeKind::BlockStmt: all(n->as<BlockStmt>()->list, visit); break;
    case NodeKind::IfStmt: {
      const IfStmt* s = n->as<IfStmt>();
      opt(s->init, visit);
      opt(s->cond, visit);
      opt(s->body, visit);
      opt(s->else_, visit);
      break;
    }
    case NodeKind::CaseClause:
      all(n->as<CaseClause>()->list, visit);
      all(n->as<CaseClause>()->body, visit);
      break;
    case NodeKind::SwitchStmt:
      opt(n->as<SwitchStmt>()->init, visit);
      opt(n->as<SwitchStmt>()->tag, visit);
      all(n->as<SwitchStmt>()->clauses, visit);
      break;
    case NodeKind::TypeSwitchStmt:
      opt(n->as<TypeSwitchStmt>()->init, visit);
      opt(n->as<TypeSwitchStmt>()->bind, visit);
      opt(n->as<TypeSwitchStmt>()->guard, visit);
      all(n->as<TypeSwitchStmt>()->clauses, visit);
      break;
    case NodeKind::CommClause:
      opt(n->as<CommClause>()->comm, visit);
      all(n->as<CommClause>()->body, visit);
      break;
    case NodeKind::SelectStmt: all(n->as<SelectStmt>()->clauses, visit); break;
    case NodeKind::ForStmt: {
      const ForStmt* s = n->as<ForStmt>();
      opt(s->init, visit);
      opt(s->cond, visit);
      opt(s->post, visit);
      opt(s->body, visit);
      break;
    }
    case NodeKind::RangeStmt: {
      const RangeStmt* s = n->as<RangeStmt>();
      opt(s->key, visit);
      opt(s->value, visit);
      opt(s->x, visit);
      opt(s->body, visit);
      break;
    }
    case NodeKind::ValueSpec:
      all(n->as<ValueSpec>()->names, visit);
      opt(n->as<ValueSpec>()->type, visit);
      all(n->as<ValueSpec>()->values, visit);
      break;
    case NodeKind::TypeSpec:
      opt(n->as<TypeSpec>()->name, visit);
      opt(n->as<TypeSpec>()->type, visit);
      break;
    case NodeKind::GenDecl: all(n->as<GenDecl>()->specs, visit); break;
    case NodeKind::FuncDecl:
      opt(n->as<FuncDecl>()->type, visit);
      opt(n->as<FuncDecl>()->body, visit);
      break;
    default:
      break;
  }
}

}  // namespace go2cpp::syntax
