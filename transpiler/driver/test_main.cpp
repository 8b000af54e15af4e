// go2cpp test's package loading and generated main (see test_main.h). Which functions count follows
// go test (cmd/go/internal/load/test.go): TestXxx(t *testing.T) where Xxx does not start with a
// lower-case letter, TestMain(m *testing.M), and ExampleXxx() whose body ends with an
// "Output:" or "Unordered output:" comment (go/doc's example rules).
#include "driver/test_main.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "driver/inputs.h"
#include "driver/module.h"
#include "driver/stdlib.h"
#include "syntax/parse.h"

namespace go2cpp::driver {
namespace fs = std::filesystem;

namespace {

struct Found {
  std::vector<std::string> tests;
  bool test_main = false;
  struct Example {
    std::string name, output;
    bool unordered = false;
  };
  std::vector<Example> examples;
};

// Go's isTest: the prefix, then nothing or a character that is not a lower-case letter.
bool is_test_name(const std::string& name, const std::string& prefix) {
  if (name.rfind(prefix, 0) != 0) return false;
  if (name.size() == prefix.size()) return true;
  return !std::islower(static_cast<unsigned char>(name[prefix.size()]));
}

// Whether the parameter list is exactly one `*pkg.<type_name>`.
bool takes_pointer_to(const syntax::FuncType* ft, const char* type_name) {
  if (ft->params.list.size() != 1 || ft->params.count() != 1 || !ft->results.list.empty()) return false;
  const auto* star = ft->params.list[0]->type->as<syntax::StarExpr>();
  if (star == nullptr) return false;
  const auto* sel = star->x->as<syntax::SelectorExpr>();
  return sel != nullptr && sel->sel->name == type_name;
}

// go/ast's CommentGroup.Text for a run of // comments: markers and one space after them removed,
// trailing spaces and leading and trailing blank lines dropped, runs of blank lines inside made
// one. A bare `//` is a blank line (path's ExampleJoin prints one).
std::string comment_text(const std::vector<const syntax::Comment*>& group) {
  std::vector<std::string> lines;
  for (const syntax::Comment* c : group) {
    std::string t = c->text.rfind("//", 0) == 0 ? c->text.substr(2) : c->text.substr(2, c->text.size() - 4);
    if (!t.empty() && t[0] == ' ') t = t.substr(1);
    size_t start = 0;
    while (true) {
      size_t nl = t.find('\n', start);
      std::string line = t.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
      while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back()))) line.pop_back();
      lines.push_back(line);
      if (nl == std::string::npos) break;
      start = nl + 1;
    }
  }
  std::vector<std::string> kept;
  for (const std::string& l : lines) {
    if (!l.empty() || (!kept.empty() && !kept.back().empty())) kept.push_back(l);
  }
  while (!kept.empty() && kept.back().empty()) kept.pop_back();
  std::string out;
  for (const std::string& l : kept) out += l + "\n";
  return out;
}

bool before(const syntax::Pos& a, const syntax::Pos& b) {
  return a.line < b.line || (a.line == b.line && a.col < b.col);
}

// The example's expected output when the last comment group of its body is an output comment.
bool example_output(const syntax::File& f, const syntax::FuncDecl& fd, std::string* output, bool* unordered) {
  std::vector<const syntax::Comment*> inside;
  for (const syntax::Comment& c : f.comments) {
    if (before(fd.body->pos, c.pos) && before(c.pos, fd.body->rbrace)) inside.push_back(&c);
  }
  if (inside.empty()) return false;
  // The last group: comments on consecutive lines, ending with the last one.
  size_t first = inside.size() - 1;
  while (first > 0 && inside[first - 1]->end.line + 1 >= inside[first]->pos.line) first--;
  std::string text = comment_text({inside.begin() + static_cast<long>(first), inside.end()});
  // (?i)^[[:space:]]*(unordered )?output:
  size_t i = 0;
  while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) i++;
  std::string lower = text.substr(i, 18);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  if (lower.rfind("unordered output:", 0) == 0) {
    *unordered = true;
    i += 17;
  } else if (lower.rfind("output:", 0) == 0) {
    *unordered = false;
    i += 7;
  } else {
    return false;
  }
  text = text.substr(i);
  size_t spaces = 0;
  while (spaces < text.size() && text[spaces] == ' ') spaces++;
  text = text.substr(spaces);
  if (!text.empty() && text[0] == '\n') text = text.substr(1);
  *output = text;
  return true;
}

void find_functions(const syntax::File& f, Found* found) {
  for (const syntax::Decl* d : f.decls) {
    const auto* fd = d->as<syntax::FuncDecl>();
    if (fd == nullptr || fd->recv != nullptr || fd->body == nullptr || !fd->type->type_params.list.empty()) continue;
    const std::string& name = fd->name->name;
    if (name == "TestMain" && takes_pointer_to(fd->type, "M")) {
      found->test_main = true;
    } else if (is_test_name(name, "Test") && takes_pointer_to(fd->type, "T")) {
      found->tests.push_back(name);
    } else if (is_test_name(name, "Example") && fd->type->params.list.empty() && fd->type->results.list.empty()) {
      Found::Example eg{name, "", false};
      if (example_output(f, *fd, &eg.output, &eg.unordered)) found->examples.push_back(eg);
    }
  }
}

// A Go interpreted string literal holding s.
std::string go_quote(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20 || c == 0x7f) {
          static const char hex[] = "0123456789abcdef";
          out += "\\x";
          out += hex[c >> 4];
          out += hex[c & 15];
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

bool read_text(const std::string& path, std::string* text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *text = ss.str();
  return true;
}

}  // namespace

bool load_test_package(const std::string& dir, const BuildContext& ctx, TestPackage* out,
                       std::string* error) {
  // A package of GOROOT (its go.mod names module std) is read as the loader reads std packages:
  // files chosen for GOARCH go2cpp, with go2cpp's overlay (driver/stdlib.h).
  Module module;
  if (!find_module(dir, &module, error)) return false;
  const bool std = module.path == "std";
  std::string std_path;
  BuildContext file_ctx = ctx;
  if (std) {
    std_path = fs::absolute(dir).lexically_normal().lexically_relative(module.root).generic_string();
    file_ctx.goarch = kStdArch;
    file_ctx.tags.assign(std::begin(kStdTags), std::end(kStdTags));
  }
  std::vector<std::string> files;
  std::string list_error;
  // A directory of only _test.go files is fine.
  if (std) {
    list_std_package(std_path, ctx, &files, &list_error);
  } else {
    list_package_dir(dir, &files, &list_error, ctx);
  }
  std::vector<std::string> test_files;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (!name.ends_with("_test.go") || name[0] == '.' || name[0] == '_') continue;
    std::string text;
    if (!read_text(it->path().string(), &text)) continue;
    if (file_matches(name, text, file_ctx)) test_files.push_back((fs::path(dir) / name).string());
  }
  if (ec) {
    *error = ec.message();
    return false;
  }
  std::sort(test_files.begin(), test_files.end());
  if (files.empty() && test_files.empty()) {
    *error = list_error.empty() ? "no Go files in " + dir : list_error;
    return false;
  }

  // The package's name, from a non-test file when there is one.
  syntax::FileSet fileset;
  syntax::Diagnostics diags;
  std::string package_name;
  if (!files.empty()) {
    std::string text;
    if (read_text(files[0], &text)) {
      auto f = syntax::parse_file(fileset, files[0], text, diags);
      if (f && f->package_name) package_name = f->package_name->name;
    }
  }
  Found internal, external;
  std::vector<std::string> internal_files = files, external_files;
  for (const std::string& path : test_files) {
    std::string text;
    read_text(path, &text);
    auto f = syntax::parse_file(fileset, path, text, diags);
    if (!f || f->package_name == nullptr) continue;
    const std::string& name = f->package_name->name;
    if (package_name.empty() && !name.ends_with("_test")) package_name = name;
    if (name.ends_with("_test") && name != package_name) {
      external_files.push_back(path);
      find_functions(*f, &external);
    } else {
      internal_files.push_back(path);
      find_functions(*f, &internal);
    }
  }
  if (diags.has_errors()) {
    diags.print(std::cerr, fileset);
    error->clear();
    return false;
  }

  if (std) {
    out->import_path = std_path;
  } else if (!module.path.empty()) {
    out->import_path = module_import_path(module, dir);
  } else {
    out->import_path = "command-line-arguments";  // as go test names a directory outside modules
  }
  out->name = package_name;
  if (!internal_files.empty()) out->package_files[out->import_path] = internal_files;
  if (!external_files.empty()) out->package_files[out->import_path + "_test"] = external_files;

  // The generated main: the tests in Go's order (internal first, each file's in order), then the
  // examples that have output.
  std::string tests, examples;
  auto add = [&](const Found& found, const char* alias) {
    for (const std::string& t : found.tests) tests += "\t\t{Name: \"" + t + "\", F: " + alias + "." + t + "},\n";
    for (const Found::Example& eg : found.examples) {
      examples += "\t\t{Name: \"" + eg.name + "\", F: " + alias + "." + eg.name + ", Output: " +
                  go_quote(eg.output) + ", Unordered: " + (eg.unordered ? "true" : "false") + "},\n";
    }
  };
  add(internal, "_test");
  add(external, "_xtest");
  out->tests = static_cast<int>(internal.tests.size() + external.tests.size());
  out->examples = static_cast<int>(internal.examples.size() + external.examples.size());
  const bool use_internal = !internal.tests.empty() || !internal.examples.empty() || internal.test_main;
  const bool use_external = !external.tests.empty() || !external.examples.empty() || external.test_main;
  std::string src = "// Code generated by go2cpp test. DO NOT EDIT.\n\npackage main\n\nimport (\n\t\"os\"\n\t\"testing\"\n";
  if (use_internal) src += "\n\t_test " + go_quote(out->import_path) + "\n";
  if (use_external) src += (use_internal ? "" : "\n") + std::string("\t_xtest ") + go_quote(out->import_path + "_test") + "\n";
  src += ")\n\nfunc main() {\n\tm := testing.MainStart([]testing.InternalTest{\n" + tests +
         "\t}, []testing.InternalExample{\n" + examples + "\t})\n";
  if (internal.test_main) {
    src += "\tos.Exit(testing.RunTestMain(m, _test.TestMain))\n";
  } else if (external.test_main) {
    src += "\tos.Exit(testing.RunTestMain(m, _xtest.TestMain))\n";
  } else {
    src += "\tos.Exit(m.Run())\n";
  }
  src += "}\n";
  out->main_source = src;
  return true;
}

}  // namespace go2cpp::driver
