// The web app's layers, as docs/ARCHITECTURE.md draws them. The build already refuses a wrong
// include (each target exposes only its own folder); this test names the rule per folder, so a
// change to the CMake files that opened a path would still be caught.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <string>

namespace ladder::test {

namespace {

// The headers included with "..." by the sources under one folder of web/.
std::set<std::string> includes_under(const std::string& folder) {
    std::set<std::string> found;
    const std::regex include(R"(^\s*#\s*include\s*"([^"]+)\")");
    for (const auto& entry : std::filesystem::recursive_directory_iterator(std::string(LADDER_WEB_DIR) + "/" + folder)) {
        const auto ext = entry.path().extension();
        if (ext != ".cpp" && ext != ".h") continue;
        std::ifstream in(entry.path());
        for (std::string line; std::getline(in, line);) {
            std::smatch m;
            if (std::regex_search(line, m, include)) found.insert(m[1]);
        }
    }
    return found;
}

void check_none_of(const std::string& folder, const std::set<std::string>& forbidden) {
    const auto found = includes_under(folder);
    REQUIRE_FALSE(found.empty());
    for (const auto& header : found) {
        INFO("web/" << folder << " includes " << header);
        CHECK(forbidden.count(header) == 0);
        CHECK(header.rfind("imgui", 0) != 0);  // no ImGui in these layers at all
    }
}

}  // namespace

TEST_CASE("the app layer and the platform include no ImGui and nothing that draws") {
    check_none_of("app", {"widgets.h", "theme.h", "screens.h", "browser.h"});
    check_none_of("platform", {"app.h", "state.h", "widgets.h", "theme.h", "screens.h", "library.h"});
}

TEST_CASE("screens include neither the platform nor storage") {
    for (const auto& header : includes_under("screens")) {
        INFO("web/screens includes " << header);
        CHECK(header != "platform.h");
        CHECK(header != "browser.h");
        CHECK(header != "library.h");
        CHECK(header != "internal.h");
        CHECK(header != "imgui_internal.h");  // the ImGui internals stay in ui/widgets.cpp
    }
}

}  // namespace ladder::test
