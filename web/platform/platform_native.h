// Controls over the native platform (platform_native.cpp) for the app layer's tests: storage
// that starts empty, can refuse writes or be missing altogether, and a clock and ids that
// only move when a test says so.
#pragma once

#include <cstddef>
#include <map>
#include <string>

namespace ladder::platform::native {

// Empties storage, makes it available and writable again, and resets the clock and ids.
void reset();
std::map<std::string, std::string>& storage();  // the entries, to look at or to plant
void set_storage_available(bool available);      // as when the browser keeps no data
void set_writes_fail(bool fail);                 // as when storage is full
// A browser's quota: a write that would take all entries' keys and values past this many
// bytes fails as full (0: no limit).
void set_storage_quota(std::size_t bytes);
void set_now(double seconds, const std::string& iso8601 = "");  // the clocks (iso8601: keep when empty)

}  // namespace ladder::platform::native
