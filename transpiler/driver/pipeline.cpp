// Placeholder until the pipeline lands.
#include "driver/pipeline.h"

namespace go2cpp::driver {
TranslateResult translate(const std::vector<std::string>&, const TranslateOptions&, syntax::FileSet&,
                          syntax::Diagnostics&) {
  return {};
}
}  // namespace go2cpp::driver
