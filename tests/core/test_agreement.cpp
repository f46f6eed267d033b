// Krippendorff's alpha against the worked example of "Computing Krippendorff's
// Alpha-Reliability" (2011): four observers, twelve units, values 1 to 5, some missing.
// The paper gives nominal 0.743, ordinal 0.815, interval 0.849 and ratio 0.797.
#include <doctest/doctest.h>

#include "agreement.h"

using namespace ladder;

namespace {

const std::optional<double> _;  // a missing value

ReliabilityData paper_example() {
    return {{1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _},
            {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3},
            {_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _},
            {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _}};
}

}  // namespace

TEST_CASE("alpha nominal matches the published example") {
    const Alpha a = krippendorff_alpha(paper_example(), AlphaMetric::Nominal);
    REQUIRE(a.value);
    CHECK(*a.value == doctest::Approx(0.743).epsilon(0.0007));
    CHECK(a.pairable_values == 40);  // unit 12 has one value only and does not count
}

TEST_CASE("alpha ordinal matches the published example") {
    const Alpha a = krippendorff_alpha(paper_example(), AlphaMetric::Ordinal);
    REQUIRE(a.value);
    CHECK(*a.value == doctest::Approx(0.815).epsilon(0.0007));
}

TEST_CASE("alpha interval matches the published example") {
    const Alpha a = krippendorff_alpha(paper_example(), AlphaMetric::Interval);
    REQUIRE(a.value);
    CHECK(*a.value == doctest::Approx(0.849).epsilon(0.0007));
}

TEST_CASE("alpha ratio matches the published example") {
    const Alpha a = krippendorff_alpha(paper_example(), AlphaMetric::Ratio);
    REQUIRE(a.value);
    CHECK(*a.value == doctest::Approx(0.797).epsilon(0.0007));
}

TEST_CASE("perfect agreement with variation gives alpha 1") {
    const ReliabilityData data = {{0, 1, 2, 3}, {0, 1, 2, 3}, {0, 1, 2, _}};
    CHECK(*krippendorff_alpha(data, AlphaMetric::Ordinal).value == doctest::Approx(1.0));
}

TEST_CASE("alpha is undefined without variation and says why") {
    const Alpha a = krippendorff_alpha({{2, 2, 2}, {2, 2, 2}}, AlphaMetric::Ordinal);
    CHECK_FALSE(a.value);
    CHECK(a.reason.find("no variation") != std::string::npos);
}

TEST_CASE("alpha is undefined when no unit has two values") {
    const Alpha a = krippendorff_alpha({{1, _, _}, {_, 2, _}}, AlphaMetric::Ordinal);
    CHECK_FALSE(a.value);
    CHECK(a.pairable_values == 0);
    CHECK(a.reason.find("fewer than two") != std::string::npos);
}

TEST_CASE("systematic disagreement gives a negative alpha") {
    const ReliabilityData data = {{0, 3, 0, 3}, {3, 0, 3, 0}};
    CHECK(*krippendorff_alpha(data, AlphaMetric::Interval).value < 0);
}
