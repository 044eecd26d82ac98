// Charset detection for inputs that declare none (uchardet, Mozilla's detector).
// Thread-safe: each call uses its own detector.
#pragma once

#include <string>
#include <string_view>

namespace attache::ingest {

// Best guess for the charset of `bytes` as a canonical name (see canonical_charset), "UTF-8"
// for UTF-8 or pure ASCII, or "" when the detector has no answer. Looks at the first MiB only.
std::string detect_charset(std::string_view bytes);

}  // namespace attache::ingest
