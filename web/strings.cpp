#include "strings.h"

#include <cstdarg>
#include <cstdio>

namespace ladder::ui {
namespace {

constexpr const char* kEnglish[] = {
#define LADDER_UI_STRING_EN(name, id, en) en,
    LADDER_UI_STRINGS(LADDER_UI_STRING_EN)
#undef LADDER_UI_STRING_EN
};

constexpr const char* kIds[] = {
#define LADDER_UI_STRING_ID(name, id, en) id,
    LADDER_UI_STRINGS(LADDER_UI_STRING_ID)
#undef LADDER_UI_STRING_ID
};

static_assert(sizeof kEnglish / sizeof kEnglish[0] == static_cast<std::size_t>(S::Count));

}  // namespace

const char* tr(S id) { return kEnglish[static_cast<int>(id)]; }
const char* string_id(S id) { return kIds[static_cast<int>(id)]; }

std::string trf(S id, ...) {
    char buffer[512];
    va_list args;
    va_start(args, id);
    std::vsnprintf(buffer, sizeof buffer, tr(id), args);
    va_end(args);
    return buffer;
}

}  // namespace ladder::ui
