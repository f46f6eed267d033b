// The platform natively: storage in memory, a clock and ids that are deterministic, so the
// app layer runs in tests exactly as in the browser, in milliseconds.
#include "platform.h"
#include "platform_native.h"

namespace ladder::platform {
namespace {

struct NativeMachine {
    std::map<std::string, std::string> storage;
    bool available = true;
    bool writes_fail = false;
    bool last_full = false;
    std::size_t quota = 0;
    double seconds = 1000.0;
    std::string iso8601 = "2026-11-29T10:00:00Z";
    int next_id = 1;
};

NativeMachine& machine() {
    static NativeMachine m;
    return m;
}

}  // namespace

bool storage_available() { return machine().available; }

bool storage_get(const std::string& key, std::string& value) {
    if (!machine().available) return false;
    const auto it = machine().storage.find(key);
    if (it == machine().storage.end()) return false;
    value = it->second;
    return true;
}

bool storage_set(const std::string& key, const std::string& value) {
    NativeMachine& m = machine();
    if (!m.available) {
        m.last_full = false;
        return false;
    }
    std::size_t used = key.size() + value.size();
    for (const auto& [k, v] : m.storage) used += k == key ? 0 : k.size() + v.size();
    if (m.writes_fail || (m.quota > 0 && used > m.quota)) {
        m.last_full = true;
        return false;
    }
    m.storage[key] = value;
    return true;
}

bool storage_full() { return machine().last_full; }

void storage_remove(const std::string& key) { machine().storage.erase(key); }

std::vector<std::string> storage_keys(const std::string& prefix) {
    std::vector<std::string> keys;
    if (!machine().available) return keys;
    for (const auto& entry : machine().storage) {
        if (entry.first.compare(0, prefix.size(), prefix) == 0) keys.push_back(entry.first);
    }
    return keys;
}

std::string now_iso8601() { return machine().iso8601; }
double now_seconds() { return machine().seconds; }
std::string random_id() { return "id" + std::to_string(machine().next_id++); }

namespace native {

void reset() { machine() = NativeMachine{}; }
std::map<std::string, std::string>& storage() { return machine().storage; }
void set_storage_available(bool available) { machine().available = available; }
void set_writes_fail(bool fail) { machine().writes_fail = fail; }
void set_storage_quota(std::size_t bytes) { machine().quota = bytes; }
void set_now(double seconds, const std::string& iso8601) {
    machine().seconds = seconds;
    if (!iso8601.empty()) machine().iso8601 = iso8601;
}

}  // namespace native
}  // namespace ladder::platform
