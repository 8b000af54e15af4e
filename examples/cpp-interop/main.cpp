// An existing C++ application that uses a Go package: the inventory is kept by Go code
// (inventory/, translated by go2cpp at build time through CMakeLists.txt), the rest is C++.
#include <algorithm>
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

#include "go/interop.h"
#include "inventory.h"

namespace {

// The C++ side of inventory.Notifier: Go code calls Notify on every change.
class AuditLog : public inventory::Notifier_cpp {
 public:
  go::error Notify(go::string event, go::int_ qty) override {
    if (event == "add gear") throw std::runtime_error("audit log is full");
    lines_.push_back(go::to_std(event) + " -> " + std::to_string(qty));
    return nullptr;
  }
  const std::vector<std::string>& lines() const { return lines_; }

 private:
  std::vector<std::string> lines_;
};

inventory::Item item(const char* name, go::int_ qty, money::Cents price, std::vector<std::string> tags) {
  return inventory::Item{go::from_std(name), qty, price, go::from_std(tags)};
}

}  // namespace

int main(int argc, char** argv) {
  go::start(argc, argv);

  AuditLog log;
  go::ptr<inventory::Store> store = inventory::NewStore(go::implement<inventory::Notifier>(&log));
  inventory::Store_Add(store, item("bolt", 100, 25, {"metal", "small"}));
  inventory::Store_Add(store, item("nut", 250, 10, {"metal", "small"}));
  inventory::Store_Add(store, item("crate", 3, 1250, {"wood"}));
  inventory::Store_Add(store, item("bolt", 20, 25, {}));
  // The notifier throws for this one: Go sees a panic, recovers it, and counts the failure.
  inventory::Store_Add(store, item("gear", 7, 399, {"metal"}));

  // Slices and maps come back as Go values C++ can read.
  std::cout << "items:";
  for (const std::string& name : go::to_std(inventory::Store_Names(store))) std::cout << ' ' << name;
  std::cout << '\n';
  std::vector<std::pair<std::string, go::int_>> tags;
  for (auto [tag, n] : inventory::Store_CountByTag(store).range()) tags.emplace_back(go::to_std(tag), n);
  std::sort(tags.begin(), tags.end());
  for (const auto& [tag, n] : tags) std::cout << "tag " << tag << ": " << n << '\n';
  std::cout << "total: " << money::Cents_String(inventory::Store_Total(store)) << '\n';

  // Errors are values: tested against nil, printed, and inspected with the package's helpers.
  go::error err = inventory::Store_Remove(store, "nut", 50);
  std::cout << "remove 50 nut: " << err << '\n';
  err = inventory::Store_Remove(store, "crate", 5);
  std::cout << "remove 5 crate: " << err << '\n';
  err = inventory::Store_Remove(store, "widget", 1);
  std::cout << "remove 1 widget: " << err << " (unknown: " << std::boolalpha
            << inventory::IsUnknown(err) << ")\n";

  // A Go panic reaches C++ as an exception carrying Go's message.
  try {
    inventory::Store_MustGet(store, "sprocket");
  } catch (const std::exception& e) {
    std::cout << "caught: " << e.what() << '\n';
  }
  inventory::Item bolt = inventory::Store_MustGet(store, "bolt");
  std::cout << "bolt: " << bolt.Qty << " at " << money::Cents_String(bolt.Price) << ", worth "
            << money::Cents_String(inventory::Item_Value(bolt)) << '\n';

  // Goroutines started by Go run while C++ waits inside Go: each Submit waits for a free one.
  go::ptr<inventory::Pricer> pricer = inventory::StartPricer(3);
  for (const go::string& name : inventory::Store_Names(store)) {
    inventory::Pricer_Submit(pricer, inventory::Store_MustGet(store, name));
  }
  auto [count, value] = inventory::Pricer_Finish(pricer);
  std::cout << "priced " << count << " items on goroutines: " << money::Cents_String(value) << '\n';

  // Go values kept in memory C++ owns must be where the collector looks: go::root_allocator.
  std::vector<go::string, go::root_allocator<go::string>> kept;
  for (const go::string& name : inventory::Store_Names(store)) kept.push_back(name + "!");
  go::yield();
  std::cout << "kept " << kept.size() << ", first " << kept.front() << '\n';

  std::cout << "audit log (" << inventory::Store_Names(store).len() << " items, "
            << store->Failures << " failed notification):\n";
  for (const std::string& line : log.lines()) std::cout << "  " << line << '\n';
  return 0;
}
