// Calls: arguments flow into parameters. Within a batch they flow into the callee's parameter
// locations; to an analyzed function, through its parameters' leak summaries; to an inlined
// function, into a copy of its body in the caller's frame; to an unknown function, to the heap
// (gc's escape/call.go). Builtins and conversions have rules of their own.
#include <algorithm>

#include "escape/graph.h"
#include "types/predicates.h"

namespace go2cpp::escape {

using namespace syntax;

namespace {

const types::Type* und(const types::Type* t) { return t ? types::under(t) : nullptr; }

std::string builtin_name(const Expr* f) {
  while (const ParenExpr* p = f->as<ParenExpr>()) f = p->x;
  if (const Ident* id = f->as<Ident>()) return id->name;
  if (const SelectorExpr* se = f->as<SelectorExpr>()) return se->sel->name;
  return "";
}

bool is_const_int(const types::Info& info, const Expr* e) {
  const types::TypeAndValue* tv = e ? info.type_and_value(e) : nullptr;
  return tv && tv->mode == types::Mode::Constant;
}

}  // namespace

void Builder::message(Pos pos, std::string text) {
  if (!options_.gc_compatible) return;
  result_.messages.push_back(Message{pos, std::move(text)});
}

// The static callee, as gc sees it at this point: inside an inlined body a variable bound to a
// literal is no longer static, but an inlined parameter bound to a literal argument is.
inliner::Callee Builder::callee_of(const CallExpr* c) const {
  inliner::Callee callee = inliner::static_callee(inl_, info_, c);
  const Expr* f = c->fun;
  while (const ParenExpr* p = f->as<ParenExpr>()) f = p->x;
  const Ident* id = f->as<Ident>();
  const types::Object* o = id ? info_.object_of(id) : nullptr;
  const types::Var* v = o ? o->as<types::Var>() : nullptr;
  if (v == nullptr) return callee;
  if (auto it = lit_params_.find(v); it != lit_params_.end()) {
    auto jt = inl_.by_node.find(it->second);
    if (jt != inl_.by_node.end()) callee.fn = jt->second;
    return callee;
  }
  if (inline_depth_ > 0) {
    Location* l = const_cast<Builder*>(this)->var_loc(v);
    if (l && l->inlined) callee.fn = nullptr;
  }
  return callee;
}

bool Builder::will_inline(const inliner::Callee& callee, bool go_defer) const {
  if (!options_.gc_compatible || go_defer || !callee.inlinable()) return false;
  if (callee.fn == nullptr) return true;  // a runtime function gc inlines (fmt.Println)
  if (callee.fn->generic || inline_depth_ >= 10) return false;
  return std::find(inline_stack_.begin(), inline_stack_.end(), callee.fn) == inline_stack_.end();
}

// Conversions: to an interface (maybe an allocation), between strings and byte or rune slices
// (an allocation), or a plain value flow.
bool Builder::conversion(Hole k, const CallExpr* c) {
  if (!inliner::is_conversion(info_, c)) return false;
  if (c->args.size() != 1) return true;
  const Expr* x = c->args[0];
  const types::Type* to = type_of(c);
  const types::Type* from = type_of(x);
  if (to && types::is_interface(to)) {
    if (from && !types::is_interface(from)) {
      conv_iface(k, x, gc_pos(c, fileset_), gc_text(x, info_));
    } else {
      expr(k, x);
    }
    return true;
  }
  const types::Type* tu = und(to);
  const types::Type* fu = und(from);
  bool to_str = tu && types::is_string(tu);
  bool from_str = fu && types::is_string(fu);
  bool to_slice = tu && tu->kind == types::TypeKind::Slice;
  bool from_slice = fu && fu->kind == types::TypeKind::Slice;
  bool from_int = fu && types::is_integer(fu);
  if ((to_str && (from_slice || from_int)) || (to_slice && from_str)) {
    spill(k, c, gc_pos(c, fileset_), gc_text(c, info_));
    discard(x);
    return true;
  }
  expr(k, x);
  return true;
}

void Builder::builtin(const std::vector<Hole>& ks, const CallExpr* c, const std::string& name) {
  Hole k = ks.empty() ? discard_hole() : ks[0];
  const auto& args = c->args;
  if (name == "append") {
    if (args.empty()) return;
    const types::Type* st = und(type_of(args[0]));
    const types::Type* elem = st && st->kind == types::TypeKind::Slice ? st->as<types::Slice>()->elem : nullptr;
    // The appendee may flow to the result (enough capacity), or be copied to a new heap slice.
    Hole appendee = k;
    if (has_pointers(elem)) appendee = tee({k, heap_hole().deref()});
    expr(appendee, args[0]);
    if (c->has_ellipsis) {
      Hole appended = discard_hole();
      const types::Type* at = args.size() > 1 ? und(type_of(args[1])) : nullptr;
      if (at && at->kind == types::TypeKind::Slice && has_pointers(elem)) appended = heap_hole().deref();
      if (args.size() > 1) expr(appended, args[1]);
    } else {
      for (size_t i = 1; i < args.size(); ++i) value(heap_hole(), args[i], elem);
    }
    return;
  }
  if (name == "copy") {
    if (args.size() != 2) return;
    discard(args[0]);
    const types::Type* st = und(type_of(args[1]));
    const types::Type* elem = st && st->kind == types::TypeKind::Slice ? st->as<types::Slice>()->elem : nullptr;
    expr(elem && has_pointers(elem) ? heap_hole().deref() : discard_hole(), args[1]);
    return;
  }
  if (name == "new") {
    const types::Type* t = type_of(c);
    const types::Type* elem = t && und(t)->kind == types::TypeKind::Pointer
                                  ? und(t)->as<types::Pointer>()->elem
                                  : nullptr;
    Hole kk = type_size(elem) > 64 * 1024 ? heap_hole() : k;
    spill(kk, c, c->lparen, gc_text(c, info_));
    return;
  }
  if (name == "make") {
    const types::Type* t = und(type_of(c));
    if (t == nullptr) return;
    for (size_t i = 1; i < args.size(); ++i) discard(args[i]);
    if (t->kind == types::TypeKind::Slice) {
      // A non-constant or large size must live on the heap.
      bool heap = false;
      for (size_t i = 1; i < args.size(); ++i) {
        if (!is_const_int(info_, args[i])) {
          heap = true;
        } else {
          const types::TypeAndValue* tv = info_.type_and_value(args[i]);
          long long n = std::atoll(tv->value.to_string().c_str());
          if (n * type_size(t->as<types::Slice>()->elem) > 64 * 1024) heap = true;
        }
      }
      spill(heap ? heap_hole() : k, c, c->lparen, gc_text(c, info_));
    } else if (t->kind == types::TypeKind::Map) {
      spill(k, c, c->lparen, gc_text(c, info_));
    }
    return;
  }
  // len, cap, close, delete, print, println, complex, real, imag, min, max, clear, recover:
  // nothing their arguments point to is kept.
  for (const Expr* a : args) discard(a);
}

// Flows the (non-receiver) arguments of c into param_holes, packing variadic arguments into the
// implicit "... argument" slice. `also` (go/defer) receives every argument as well.
void Builder::args_to(const CallExpr* c, const types::Signature* sig,
                      const std::vector<Hole>& param_holes, const Hole* also, bool inlined_call) {
  size_t nparams = sig && sig->params ? sig->params->vars.size() : 0;
  auto conv_pos = [&](const Expr* a) -> Pos {
    if (!inlined_call) return {};
    const Expr* x = a;
    while (const ParenExpr* p = x->as<ParenExpr>()) x = p->x;
    if (x->is<CallExpr>()) return {};
    return c->lparen;
  };
  auto conv_text = [&](const Expr* a) -> std::string {
    const Expr* x = a;
    while (const ParenExpr* p = x->as<ParenExpr>()) x = p->x;
    const CallExpr* ac = x->as<CallExpr>();
    if (ac == nullptr) return {};
    const types::TypeAndValue* ftv = info_.type_and_value(ac->fun);
    if (ftv && (ftv->mode == types::Mode::TypeExpr || ftv->mode == types::Mode::Builtin)) return {};
    inliner::Callee callee = callee_of(ac);
    return will_inline(callee, false) && callee.fn ? "~R0" : std::string{};
  };
  auto with_also = [&](Hole h) { return also ? tee({h, *also}) : h; };
  // f(g()) with g returning several values.
  if (c->args.size() == 1 && nparams > 1) {
    const Expr* a = c->args[0];
    while (const ParenExpr* p = a->as<ParenExpr>()) a = p->x;
    if (const CallExpr* inner = a->as<CallExpr>()) {
      std::vector<Hole> ks;
      for (size_t i = 0; i < nparams; ++i) ks.push_back(with_also(i < param_holes.size() ? param_holes[i] : heap_hole()));
      call(ks, inner);
      return;
    }
  }
  for (size_t i = 0; i < c->args.size(); ++i) {
    const Expr* a = c->args[i];
    if (sig && sig->variadic && !c->has_ellipsis && i + 1 >= nparams) {
      // The variadic arguments, packed into an implicit slice.
      Hole pk = with_also(nparams ? param_holes[nparams - 1] : heap_hole());
      Hole slice = spill(pk, c, c->lparen, "... argument");
      const types::Type* st = und(sig->params->vars[nparams - 1]->type);
      const types::Type* elem = st && st->kind == types::TypeKind::Slice ? st->as<types::Slice>()->elem : nullptr;
      for (size_t j = i; j < c->args.size(); ++j) {
        value(also ? tee({slice, *also}) : slice, c->args[j], elem, conv_pos(c->args[j]), conv_text(c->args[j]));
      }
      return;
    }
    const types::Type* pt = i < nparams ? sig->params->vars[i]->type : nullptr;
    Hole h = with_also(i < param_holes.size() ? param_holes[i] : heap_hole());
    value(h, a, pt, conv_pos(a), conv_text(a));
  }
}

void Builder::call(const std::vector<Hole>& ks, const CallExpr* c, const Hole* go_defer) {
  Hole k0 = ks.empty() ? discard_hole() : ks[0];
  if (conversion(k0, c)) return;
  const types::TypeAndValue* ftv = info_.type_and_value(c->fun);
  if (ftv && ftv->mode == types::Mode::Builtin) {
    std::string name = builtin_name(c->fun);
    if (go_defer) {
      for (const Expr* a : c->args) expr(*go_defer, a);
      return;
    }
    if (name == "panic") {
      if (!c->args.empty()) {
        const types::Type* t = type_of(c->args[0]);
        if (t && !types::is_interface(t)) {
          conv_iface(heap_hole(), c->args[0], gc_pos(c->args[0], fileset_), gc_text(c->args[0], info_));
        } else {
          expr(heap_hole(), c->args[0]);
        }
      }
      return;
    }
    builtin(ks, c, name);
    return;
  }
  const types::Type* ft = type_of(c->fun);
  const types::Signature* sig = ft ? und(ft)->as<types::Signature>() : nullptr;
  inliner::Callee callee = callee_of(c);
  bool inlined = will_inline(callee, go_defer != nullptr);

  // The receiver of a method call.
  const Expr* fun = c->fun;
  while (const ParenExpr* p = fun->as<ParenExpr>()) fun = p->x;
  const SelectorExpr* se = fun->as<SelectorExpr>();
  auto sel_it = se ? info_.selections.find(se) : info_.selections.end();
  const Expr* recv = nullptr;
  int recv_shift = 0;  // -1: &x, +1: *x
  bool iface_call = false;
  bool runtime_fn = false;
  bool runtime_fmt = false;  // fmt's functions keep nothing their arguments point to
  if (se && sel_it != info_.selections.end()) {
    const types::Selection& sel = sel_it->second;
    if (sel.kind == types::Selection::Kind::MethodVal) {
      recv = se->x;
      const types::Type* xt = type_of(se->x);
      iface_call = xt && types::is_interface(xt);
      const types::Func* m = sel.obj ? sel.obj->as<types::Func>() : nullptr;
      if (!iface_call && m && m->sig()->recv) {
        bool ptr_recv = m->sig()->recv->type->kind == types::TypeKind::Pointer;
        bool x_ptr = xt && und(xt)->kind == types::TypeKind::Pointer;
        if (ptr_recv && !x_ptr && !sel.indirect) recv_shift = -1;
        if (!ptr_recv && (x_ptr || sel.indirect)) recv_shift = 1;
      }
      if (m && m->pkg && m->pkg->is_runtime) runtime_fn = true;
    } else if (sel.kind == types::Selection::Kind::Qualified) {
      if (sel.obj && sel.obj->pkg && sel.obj->pkg->is_runtime) {
        runtime_fn = true;
        runtime_fmt = sel.obj->pkg->path == "fmt";
      }
    }
  }
  if (const Ident* id = fun->as<Ident>()) {
    // A runtime package's function named through a dot import (`import . "fmt"`).
    const types::Object* o = info_.object_of(id);
    if (o && o->kind == types::ObjKind::Func && o->pkg && o->pkg->is_runtime) {
      runtime_fn = true;
      runtime_fmt = o->pkg->path == "fmt";
    }
  }
  auto recv_hole = [&](Hole h) {
    if (recv_shift < 0) return h.addr();
    if (recv_shift > 0) return h.deref();
    return h;
  };

  if (inlined && callee.fn) {
    std::string name = callee.fn->name;
    if (inline_depth_ > 0 && fun->is<FuncLit>()) {
      // A literal copied by inlining is a new closure of the function being compiled.
      const inliner::Function* top = fns_[static_cast<size_t>(cur_)].fn;
      while (top->outer) top = top->outer;
      name = top->name + ".func" + std::to_string(top->closures + ++cloned_closures_);
      if (callee.fn->inlinable) message(fun->pos, "can inline " + name);
    }
    message(inline_depth_ > 0 ? inline_pos_ : c->lparen, "inlining call to " + name);
    inline_call(ks, c, callee.fn, recv, recv_shift < 0);
    return;
  }
  if (inlined) {
    message(inline_depth_ > 0 ? inline_pos_ : c->lparen, "inlining call to " + callee.runtime_name);
  }

  // The callee operand: a function literal called here is evaluated like any other.
  const FuncLit* lit = fun->as<FuncLit>();
  if (recv == nullptr) {
    if (go_defer) {
      expr(*go_defer, c->fun);
    } else {
      expr(discard_hole(), c->fun);
    }
  }
  int nparams = sig && sig->params ? static_cast<int>(sig->params->vars.size()) : 0;
  std::vector<Hole> param_holes;
  Hole rh = heap_hole();
  const inliner::Function* fn = callee.fn;
  int frame = fn ? frame_of(fn) : -1;
  if (lit && frame >= 0) fns_[static_cast<size_t>(frame)].closure_called = true;
  bool method_expr = se && sel_it != info_.selections.end() &&
                     sel_it->second.kind == types::Selection::Kind::MethodExpr;
  if (fn && frame >= 0 && !fn->generic) {
    // Within the batch: straight into the callee's parameters; its results flow back.
    const FnFrame& f = fns_[static_cast<size_t>(frame)];
    const types::Signature* fsig = fn->sig;
    std::vector<const types::Var*> pv;
    if (fsig->recv) pv.push_back(fsig->recv);
    for (const types::Var* v : fsig->params->vars) pv.push_back(v);
    size_t first = (fsig->recv && !method_expr) ? 1 : 0;
    if (fsig->recv && !method_expr) {
      auto it = f.params.find(pv[0]);
      rh = it != f.params.end() ? hole(it->second) : heap_hole();
    }
    for (size_t i = first; i < pv.size(); ++i) {
      auto it = f.params.find(pv[i]);
      param_holes.push_back(it != f.params.end() ? hole(it->second) : heap_hole());
    }
    for (size_t i = 0; i < ks.size() && i < f.results.size(); ++i) flow(ks[i], f.results[i]);
  } else if (fn && tags.count(fn)) {
    const std::vector<Leaks>& tl = tags.at(fn);
    auto tag_hole = [&](size_t i) {
      if (i >= tl.size()) return heap_hole();
      const Leaks& l = tl[i];
      std::vector<Hole> hs;
      if (l.heap >= 0) hs.push_back(heap_hole().shift(l.heap));
      for (size_t r = 0; r < l.results.size(); ++r) {
        if (l.results[r] >= 0 && r < ks.size()) hs.push_back(ks[r].shift(l.results[r]));
      }
      return hs.empty() ? discard_hole() : tee(hs);
    };
    size_t first = (fn->sig->recv && !method_expr) ? 1 : 0;
    if (first) rh = tag_hole(0);
    for (int i = 0; i < nparams; ++i) param_holes.push_back(tag_hole(first + static_cast<size_t>(i)));
  } else if (runtime_fn || (callee.fn == nullptr && callee.runtime_cost >= 0)) {
    // The runtime's methods keep nothing their receiver points to (a sync.WaitGroup's waiters
    // wait while its owner does), and fmt keeps nothing its arguments point to (gc: "leaking
    // param content"); other runtime functions may keep their arguments (bufio.NewWriter(&b)).
    bool content = runtime_fmt || (callee.fn == nullptr && callee.runtime_cost >= 0);
    rh = heap_hole().deref();
    for (int i = 0; i < nparams; ++i) param_holes.push_back(content ? heap_hole().deref() : heap_hole());
  } else {
    // Unknown callee: everything goes to the heap.
    rh = heap_hole();
    for (int i = 0; i < nparams; ++i) param_holes.push_back(heap_hole());
  }
  // With go/defer, the receiver (its address, for a pointer method on a value) goes to the
  // heap as well.
  if (recv) expr(recv_hole(go_defer ? tee({rh, *go_defer}) : rh), recv);
  args_to(c, sig, param_holes, go_defer, inlined);
}

// A call gc inlines: the callee's body, walked in the caller's frame with fresh variables.
void Builder::inline_call(const std::vector<Hole>& ks, const CallExpr* c, const inliner::Function* fn,
                          const Expr* recv, bool recv_addr) {
  const types::Signature* sig = fn->sig;
  const Expr* fun = c->fun;
  while (const ParenExpr* p = fun->as<ParenExpr>()) fun = p->x;
  const SelectorExpr* se = fun->as<SelectorExpr>();
  bool method_expr = false;
  if (se) {
    auto it = info_.selections.find(se);
    method_expr = it != info_.selections.end() && it->second.kind == types::Selection::Kind::MethodExpr;
  }
  // A static function value (f := func...; f()) is still an operand.
  if (recv == nullptr && !fun->is<FuncLit>()) discard(c->fun);

  if (inline_depth_ == 0) inline_pos_ = gc_pos(c, fileset_);
  inline_depth_++;
  scopes_.emplace_back();
  std::vector<Location*> params;
  Location* recv_loc = nullptr;
  if (sig->recv) {
    recv_loc = declare(sig->recv);
    if (sig->recv->name.empty() || sig->recv->name == "_") scopes_.back().erase(sig->recv);
  }
  for (size_t i = 0; i < sig->params->vars.size(); ++i) {
    const types::Var* v = sig->params->vars[i];
    params.push_back(declare(v));
    if (i < c->args.size()) {
      const Expr* a = c->args[i];
      while (const ParenExpr* p = a->as<ParenExpr>()) a = p->x;
      if (const FuncLit* fl = a->as<FuncLit>()) lit_params_[v] = fl;
    }
  }
  std::vector<Location*> results;
  for (size_t i = 0; i < sig->results->vars.size(); ++i) {
    const types::Var* v = sig->results->vars[i];
    Location* l = v->name.empty() ? new_loc(LocKind::Temp, c->lparen, "~R" + std::to_string(i)) : declare(v);
    results.push_back(l);
  }
  std::vector<Hole> holes;
  for (Location* l : params) holes.push_back(hole(l));
  // The arguments belong to the caller: inlined only when the caller itself is.
  inline_depth_--;
  if (recv_loc && !method_expr) {
    Hole h = hole(recv_loc);
    if (recv_addr) h = h.addr();
    // The receiver: x.M() with a value method on a pointer dereferences it.
    const types::Type* xt = type_of(recv);
    if (!recv_addr && xt && und(xt)->kind == types::TypeKind::Pointer &&
        sig->recv->type->kind != types::TypeKind::Pointer) {
      h = h.deref();
    }
    expr(h, recv);
  } else if (recv_loc && method_expr) {
    holes.insert(holes.begin(), hole(recv_loc));
  }
  const types::Type* ft = type_of(c->fun);
  const types::Signature* csig = ft ? und(ft)->as<types::Signature>() : sig;
  args_to(c, csig, holes, nullptr, true);
  inline_depth_++;
  inline_stack_.push_back(fn);
  inline_results_.push_back(&results);
  stmt(fn->body);
  inline_results_.pop_back();
  for (size_t i = 0; i < ks.size() && i < results.size(); ++i) flow(ks[i], results[i]);
  for (const types::Var* v : sig->params->vars) lit_params_.erase(v);
  scopes_.pop_back();
  inline_depth_--;
  inline_stack_.pop_back();
}

}  // namespace go2cpp::escape
