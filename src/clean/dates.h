// Publication dates as pages and articles write them: ISO timestamps in metadata, "February
// 12, 2025" and "12/02/2025" in bylines, "TOKYO, Feb 12, 2025 —" datelines.
// Pure functions; thread-safe.
#pragma once

#include <optional>
#include <string_view>

#include "core/date.h"

namespace attache::clean {

// A machine-written date (metadata, <time datetime>, JSON-LD): ISO 8601 in any common form
// ("2025-02-12", "2025-02-12T10:00:00+07:00", "20250212", "2025/02/12"), RFC 2822
// ("Wed, 12 Feb 2025 10:00:00 GMT"), or failing those the first human-written date in it.
std::optional<PartialDate> parse_machine_date(std::string_view s);

// The first complete human-written date (with a year) in `text`: "February 12, 2025",
// "12 February 2025", "Feb. 12, 2025", "12/02/2025" (day first unless impossible), "2025-02-12".
// `*at` (if given) receives its byte offset.
std::optional<PartialDate> find_date_in_text(std::string_view text, size_t* at = nullptr);

// A dateline or byline date at the start of an article: looks at the first `window` bytes only,
// so that dates of the events the article reports are not taken for its own.
std::optional<PartialDate> find_dateline(std::string_view text, size_t window = 240);

}  // namespace attache::clean
