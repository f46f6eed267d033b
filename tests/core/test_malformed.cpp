// The malformed-input corpus (tests/data/malformed/): every file is something a colleague's
// machine, another tool, an old version or an attacker could hand Ladder as an assessment.
// `ladder-cli score FILE` runs in-process on each one and must give the exit code and the
// message that expected.json says, in valid UTF-8, without ever aborting (this suite also runs
// in make test-noexcept and as wasm, where an abort would stop the page). A few inputs too big
// to commit (over 5 MB, a 200 KB note, very deep nesting) are written at test time.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "cli.h"
#include "fixtures.h"
#include "json_input.h"
#include "text_decode.h"

using namespace ladder;
using ladder::test::data_path;
using ladder::test::read_fixture;

namespace {

struct Run {
    int code;
    std::string out, err;
};

Run score(const std::string& path) {
    std::ostringstream out, err;
    const int code = run_cli({"score", path}, out, err);
    return {code, out.str(), err.str()};
}

const std::string kFolder = "malformed";

Json expectations() {
    const auto parsed = parse_json(read_fixture(kFolder + "/expected.json"));
    REQUIRE_MESSAGE(parsed.ok(), "expected.json does not parse");
    REQUIRE(parsed.value().is_object());
    return parsed.value();
}

// Checks one run against {"exit": N, "message": "..."}; `name` names the input in failures.
void check_outcome(const std::string& name, const std::string& path, const Json& want) {
    REQUIRE_MESSAGE(want.is_object(), name << ": its entry in expected.json is not an object");
    REQUIRE_MESSAGE(want.contains("exit"), name << ": its entry has no \"exit\"");
    REQUIRE(want["exit"].is_number_integer());
    const Run r = score(path);
    INFO(name << " stderr: " << r.err);
    CHECK(is_valid_utf8(r.out));
    CHECK(is_valid_utf8(r.err));
    CHECK(r.code == want["exit"].get<int>());
    if (want.contains("message")) {
        REQUIRE(want["message"].is_string());
        CHECK(r.err.find(want["message"].get<std::string>()) != std::string::npos);
    }
    if (r.code == kExitOk) {
        const auto result = parse_json(r.out);
        CHECK_MESSAGE(result.ok(), name << ": exit 0 but stdout is not a result JSON");
    } else {
        CHECK(r.out.empty());
        CHECK_MESSAGE(r.err.find(path + ": ") != std::string::npos, name << ": stderr does not name the file");
    }
}

// A file written at test time, removed when it goes out of scope.
struct TempFile {
    std::string path;
    TempFile(const std::string& name, const std::string& bytes)
        : path((std::filesystem::temp_directory_path() / ("ladder-malformed-" + name)).string()) {
        std::ofstream(path, std::ios::binary) << bytes;
    }
    ~TempFile() { std::filesystem::remove(path); }
};

const std::string kHead = R"({"format": "ladder-assessment", "version": 1, "model": {"id": "digital-services"}})";

}  // namespace

TEST_CASE("malformed: every file in the corpus has an expectation, and every expectation a file") {
    const Json expected = expectations();
    std::set<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(data_path(kFolder))) {
        const std::string name = entry.path().filename().string();
        if (name != "expected.json") files.insert(name);
    }
    CHECK(files.size() >= 60);
    for (const auto& name : files) CHECK_MESSAGE(expected.contains(name), name << " is not described in expected.json");
    for (const auto& item : expected.items()) CHECK_MESSAGE(files.count(item.key()) == 1, item.key() << " is in expected.json but not in the folder");
}

TEST_CASE("malformed: ladder-cli score gives each file's exit code and message, in valid UTF-8") {
    const Json expected = expectations();
    for (const auto& item : expected.items()) {
        const std::string path = data_path(kFolder + "/" + item.key());
        if (!std::filesystem::exists(path)) continue;  // reported by the test above
        SUBCASE(item.key().c_str()) { check_outcome(item.key(), path, item.value()); }
    }
}

TEST_CASE("malformed: a file over 5 MB is refused before it is read") {
    std::string big = kHead.substr(0, kHead.size() - 1) + R"(, "team": ")";
    big += std::string(kMaxInputBytes, 'a');
    big += "\"}";
    const TempFile file("oversize.json", big);
    check_outcome("oversize.json", file.path, Json{{"exit", 1}, {"message", "files over 5 MB (5120 KB) are refused"}});
}

TEST_CASE("malformed: a 200 KB note is read") {
    const std::string note(200 * 1024, 'n');
    const std::string text = kHead.substr(0, kHead.size() - 1) + R"(, "answers": {"mandate": {"level": 1, "note": ")" +
                             note + "\"}}}";
    const TempFile file("long-note.json", text);
    check_outcome("long-note.json", file.path, Json{{"exit", 0}});
}

TEST_CASE("malformed: a 4 MB note is refused by its place, a text at the limit is read") {
    const auto with_note = [](std::size_t bytes) {
        return kHead.substr(0, kHead.size() - 1) + R"(, "answers": {"mandate": {"level": 1, "note": ")" + std::string(bytes, 'n') +
               "\"}}}";
    };
    const TempFile big("four-mb-note.json", with_note(4 * 1024 * 1024));
    check_outcome("four-mb-note.json", big.path,
                  Json{{"exit", 1}, {"message", "/answers/mandate/note: this text is longer than Ladder reads (1024 KB at most)"}});
    const TempFile at_limit("note-at-limit.json", with_note(kMaxTextBytes));
    check_outcome("note-at-limit.json", at_limit.path, Json{{"exit", 0}});
    // Keys count as text too.
    const TempFile long_key("long-key.json", kHead.substr(0, kHead.size() - 1) + ", \"" + std::string(kMaxTextBytes + 1, 'k') + "\": 1}");
    check_outcome("long-key.json", long_key.path, Json{{"exit", 1}, {"message", "this text is longer than Ladder reads"}});
}

TEST_CASE("malformed: nesting far beyond the limit is refused with a line:column, not a stack overflow") {
    for (const std::size_t depth : {std::size_t(kMaxNesting) + 1, std::size_t(100000), std::size_t(1000000)}) {
        const std::string text = std::string(depth, '[') + std::string(depth, ']');
        const TempFile file("deep.json", text);
        check_outcome("deep nesting " + std::to_string(depth), file.path,
                      Json{{"exit", 1}, {"message", "1:" + std::to_string(kMaxNesting + 1) + ": "}});
    }
    // Objects count too, and the limit itself is still read (then refused as not an assessment).
    const std::string objects = [] {
        std::string s;
        for (int i = 0; i < 200; ++i) s += "{\"a\":";
        return s + "1" + std::string(200, '}');
    }();
    const TempFile deep_objects("deep-objects.json", objects);
    check_outcome("deep objects", deep_objects.path, Json{{"exit", 1}, {"message", ": 1:"}});
    const TempFile at_limit("at-limit.json", std::string(kMaxNesting, '[') + std::string(kMaxNesting, ']'));
    check_outcome("nesting at the limit", at_limit.path, Json{{"exit", 1}, {"message", ": expected"}});
}

TEST_CASE("malformed: a number too large for a double is quoted by its end only") {
    const std::string text = kHead.substr(0, kHead.size() - 1) + R"(, "answers": {"mandate": {"level": 1)" +
                             std::string(100000, '0') + "}}}";
    const TempFile file("long-number.json", text);
    check_outcome("long-number.json", file.path,
                  Json{{"exit", 1}, {"message", "JSON syntax error while reading a number - number overflow parsing '…0000"}});
    const Run r = score(file.path);
    CHECK(r.err.size() < file.path.size() + 200);
}
