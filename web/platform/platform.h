// What the app layer needs from the machine it runs on: storage, the clock and fresh ids.
// One interface, one file per platform, chosen by the build: platform_web.cpp in the browser
// (localStorage), platform_native.cpp natively (in memory, with controls for the tests in
// platform_native.h). Everything else the browser does for the web shell is in browser.h.
#pragma once

#include <string>
#include <vector>

namespace ladder::platform {

// Storage (localStorage in the browser). Every call is safe when storage is missing or full:
// reads give nothing, writes return false, and the app tells the user.
bool storage_available();
bool storage_get(const std::string& key, std::string& value);
bool storage_set(const std::string& key, const std::string& value);
// Whether the last storage_set that failed did so for lack of room (the browser's quota),
// rather than because storage is off.
bool storage_full();
void storage_remove(const std::string& key);
std::vector<std::string> storage_keys(const std::string& prefix);

// The current time as ISO-8601 UTC ("2026-11-27T14:05:09Z").
std::string now_iso8601();
// A monotonic clock in seconds.
double now_seconds();
// A short random id for storage keys.
std::string random_id();

}  // namespace ladder::platform
