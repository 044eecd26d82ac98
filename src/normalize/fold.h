// Text normalisation for matching: UTF-8 validation, NFC, and the folded "match key".
//
// attache never rewrites a document's text. Matching (gazetteers, names, mechanisms) happens
// on folded keys: diacritics removed, case folded, so "Hoàng Xuân Chiến" and "Hoang Xuan Chien"
// give the same key. All functions are pure and thread-safe (ICU normalizers are immutable
// singletons once created).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace attache::normalize {

// Offset of the first byte that is not part of a well-formed UTF-8 sequence, or nullopt.
std::optional<size_t> find_invalid_utf8(std::string_view s);

// Replaces every ill-formed sequence by U+FFFD; returns the number replaced.
size_t repair_utf8(std::string& s);

// Canonical composition (NFC). Returns the input unchanged if it is already NFC.
std::string to_nfc(std::string_view utf8);

// The match key: NFD, combining marks removed, "đ"->"d" (and other letters that are not
// decomposable but are read as their base letter), case folded. ASCII input takes a fast path.
std::string fold(std::string_view utf8);

// Appends fold(utf8) to `out` (avoids an allocation in hot loops).
void fold_append(std::string_view utf8, std::string& out);

// True if every byte is < 0x80.
bool is_ascii(std::string_view s);

}  // namespace attache::normalize
