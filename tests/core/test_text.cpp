#include <doctest/doctest.h>

#include "text.h"

using ladder::LocalizedText;

TEST_CASE("a plain string is returned for every language") {
    const LocalizedText text("Hello");
    CHECK(text.get("en") == "Hello");
    CHECK(text.get("et") == "Hello");
}

TEST_CASE("a translation is returned for its language and English is the fallback") {
    LocalizedText text;
    text.set("es", "Hola");
    text.set("en", "Hello");
    CHECK(text.get("es") == "Hola");
    CHECK(text.get("en") == "Hello");
    CHECK(text.get("fr") == "Hello");
}

TEST_CASE("without English the first language present is the fallback") {
    LocalizedText text;
    text.set("fr", "Bonjour");
    text.set("et", "Tere");
    CHECK(text.get("es") == "Bonjour");
    CHECK(text.get("et") == "Tere");
}

TEST_CASE("an empty text gives an empty string") {
    CHECK(LocalizedText().get("en").empty());
}
