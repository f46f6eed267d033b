// The theme: on a first visit it follows the browser's preferences (page info), once chosen it
// is remembered, and clearing all data returns it to following the browser.
#include "harness.h"

namespace ladder::test {
using namespace app;

namespace {

app::PageInfo prefers(bool dark, bool more_contrast) {
    app::PageInfo page;
    page.prefers_dark = dark;
    page.prefers_more_contrast = more_contrast;
    return page;
}

}  // namespace

TEST_CASE("themes: more contrast wins over dark, dark over light") {
    CHECK(app::preferred_theme(prefers(false, false)) == ThemeKind::Light);
    CHECK(app::preferred_theme(prefers(true, false)) == ThemeKind::Dark);
    CHECK(app::preferred_theme(prefers(false, true)) == ThemeKind::Contrast);
    CHECK(app::preferred_theme(prefers(true, true)) == ThemeKind::Contrast);
}

TEST_CASE("themes: the browser's media preferences are read from the page info") {
    const app::PageInfo page = app::read_page_info(
        R"({"prefers_dark":true,"prefers_more_contrast":true,"prefers_reduced_motion":true})");
    CHECK(page.prefers_dark);
    CHECK(page.prefers_more_contrast);
    CHECK(page.prefers_reduced_motion);
    const app::PageInfo none = app::read_page_info(R"({"prefers_dark":"yes","prefers_more_contrast":1})");
    CHECK_FALSE(none.prefers_dark);
    CHECK_FALSE(none.prefers_more_contrast);
    CHECK_FALSE(none.prefers_reduced_motion);
}

TEST_CASE("themes: a first visit follows the browser, and nothing about the theme is stored") {
    App dark(prefers(true, false));
    CHECK(dark.state.settings.theme == ThemeKind::Dark);
    CHECK_FALSE(dark.state.settings.theme_chosen);
    dark.apply(intent::Go{Screen::Settings});  // something is saved
    CHECK(platform::native::storage().at("ladder.v1.state").find("theme") == std::string::npos);

    // The browser changed its mind before the next visit: the app follows again.
    App contrast(prefers(true, true), false);
    CHECK(contrast.state.settings.theme == ThemeKind::Contrast);
    App light(prefers(false, false), false);
    CHECK(light.state.settings.theme == ThemeKind::Light);
}

TEST_CASE("themes: a theme the user picked is remembered whatever the browser prefers") {
    App first(prefers(true, false));
    first.apply(intent::SetTheme{ThemeKind::Light});
    CHECK(first.state.settings.theme == ThemeKind::Light);
    CHECK(first.state.settings.theme_chosen);

    App reloaded(prefers(true, true), false);
    CHECK(reloaded.state.settings.theme == ThemeKind::Light);
    CHECK(reloaded.state.settings.theme_chosen);
    reloaded.apply(intent::SetTheme{ThemeKind::Contrast});
    App again(prefers(false, false), false);
    CHECK(again.state.settings.theme == ThemeKind::Contrast);
}

TEST_CASE("themes: a state saved by an earlier version keeps dark, which was always a choice") {
    // Earlier versions wrote "theme" on every save, "light" whether or not anyone chose it.
    platform::native::reset();
    platform::native::storage()["ladder.v1.state"] = R"({"screen":"settings","theme":"light","text_size":100})";
    App light_stored(prefers(true, false), false);
    CHECK(light_stored.state.settings.theme == ThemeKind::Dark);
    CHECK_FALSE(light_stored.state.settings.theme_chosen);

    platform::native::reset();
    platform::native::storage()["ladder.v1.state"] = R"({"screen":"settings","theme":"dark","text_size":100})";
    App dark_stored(prefers(false, true), false);
    CHECK(dark_stored.state.settings.theme == ThemeKind::Dark);
    CHECK(dark_stored.state.settings.theme_chosen);

    platform::native::reset();
    platform::native::storage()["ladder.v1.state"] = R"({"theme":"purple","theme_chosen":true})";
    App odd(prefers(false, true), false);
    CHECK(odd.state.settings.theme == ThemeKind::Contrast);
    CHECK_FALSE(odd.state.settings.theme_chosen);
}

TEST_CASE("themes: clearing all data returns to the browser's preference") {
    App a(prefers(false, true));
    a.apply(intent::SetTheme{ThemeKind::Dark});
    a.apply(intent::ClearAll{});
    CHECK(a.state.settings.theme == ThemeKind::Contrast);
    CHECK_FALSE(a.state.settings.theme_chosen);
}

}  // namespace ladder::test
