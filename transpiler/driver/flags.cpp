// Go-style flag parsing (see flags.h). Each argument is classified in turn: a lone `-` or anything
// not starting with `-` ends the flags, `--` ends them and is dropped, and everything else is
// `-name[=value]` or `--name[=value]`. Messages use the Go flag package's words.
#include "driver/flags.h"

#include <algorithm>

namespace go2cpp::driver {

void FlagSet::add_bool(std::string name, bool* target) {
  flags_.push_back(
      {std::move(name), true, false, [target](std::string_view v) -> std::string {
         if (v == "true" || v == "1" || v == "t" || v == "T" || v == "TRUE" || v == "True") {
           *target = true;
           return "";
         }
         if (v == "false" || v == "0" || v == "f" || v == "F" || v == "FALSE" || v == "False") {
           *target = false;
           return "";
         }
         return "parse error";
       }});
}

void FlagSet::add_string(std::string name, std::string* target) {
  add_value(std::move(name), [target](std::string_view v) {
    *target = std::string(v);
    return std::string();
  });
}

void FlagSet::add_level(std::string name, int* target) {
  flags_.push_back({std::move(name), true, false, [target](std::string_view v) -> std::string {
                      if (v == "true") {
                        *target = 1;
                      } else if (v == "false") {
                        *target = 0;
                      } else if (!v.empty() && v.size() < 3 &&
                                 v.find_first_not_of("0123456789") == std::string_view::npos) {
                        *target = std::stoi(std::string(v));
                      } else {
                        return "parse error";
                      }
                      return std::string();
                    }});
}

void FlagSet::add_value(std::string name, Setter set) {
  flags_.push_back({std::move(name), false, false, std::move(set)});
}

void FlagSet::allow_attached_value(std::string_view name) {
  for (Flag& f : flags_) {
    if (f.name == name && !f.is_bool) f.attached = true;
  }
}

const FlagSet::Flag* FlagSet::find(std::string_view name) const {
  auto it =
      std::find_if(flags_.begin(), flags_.end(), [&](const Flag& f) { return f.name == name; });
  return it == flags_.end() ? nullptr : &*it;
}

// `-O2` for a flag `O` that allows its value glued on.
const FlagSet::Flag* FlagSet::find_attached(std::string_view name, std::string_view* value) const {
  for (const Flag& f : flags_) {
    if (f.attached && name.size() > f.name.size() && name.starts_with(f.name)) {
      *value = name.substr(f.name.size());
      return &f;
    }
  }
  return nullptr;
}

FlagParse FlagSet::parse(std::span<const std::string> args) const {
  FlagParse result;
  auto fail = [&](std::string message) {
    result.status = FlagParse::Status::Error;
    result.error = std::move(message);
    return result;
  };

  size_t i = 0;
  for (; i < args.size(); ++i) {
    std::string_view arg = args[i];
    if (arg.size() < 2 || arg[0] != '-') break;  // "", "-", or a positional argument
    if (arg == "--") {
      ++i;
      break;
    }
    std::string_view body = arg.substr(arg[1] == '-' ? 2 : 1);
    if (body.empty() || body[0] == '-' || body[0] == '=') {
      return fail("bad flag syntax: " + std::string(arg));
    }

    std::string_view name = body;
    std::string_view value;
    bool has_value = false;
    if (size_t eq = body.find('='); eq != std::string_view::npos) {
      name = body.substr(0, eq);
      value = body.substr(eq + 1);
      has_value = true;
    }

    const Flag* flag = find(name);
    if (flag == nullptr && !has_value) {
      flag = find_attached(name, &value);
      has_value = flag != nullptr;
    }
    if (flag == nullptr) {
      if (name == "h" || name == "help") {
        result.status = FlagParse::Status::Help;
        return result;
      }
      return fail("flag provided but not defined: -" + std::string(name));
    }

    if (flag->is_bool) {
      if (!has_value) value = "true";
    } else if (!has_value) {
      if (i + 1 >= args.size()) return fail("flag needs an argument: -" + flag->name);
      value = args[++i];
    }
    if (std::string why = flag->set(value); !why.empty()) {
      return fail("invalid " + std::string(flag->is_bool ? "boolean " : "") + "value \"" +
                  std::string(value) + "\" for flag -" + flag->name + ": " + why);
    }
  }
  result.rest.assign(args.begin() + static_cast<std::ptrdiff_t>(i), args.end());
  return result;
}

}  // namespace go2cpp::driver
