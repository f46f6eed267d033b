// Krippendorff's alpha: how much observers agree beyond what chance would give, for any number
// of observers, with missing values (Krippendorff, "Computing Krippendorff's Alpha-Reliability",
// 2011). Ladder uses the ordinal metric (levels 0..3 are ordered but not evenly spaced in
// meaning); the nominal, interval and ratio metrics are here too and tested against the
// paper's worked example.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace ladder {

enum class AlphaMetric { Nominal, Ordinal, Interval, Ratio };

struct Alpha {
    std::optional<double> value;  // nullopt when alpha is undefined
    std::string reason;           // why it is undefined, in plain words
    int pairable_values = 0;      // values in units that at least two observers rated
};

// ratings[observer][unit]; nullopt is a missing value.
using ReliabilityData = std::vector<std::vector<std::optional<double>>>;

Alpha krippendorff_alpha(const ReliabilityData& ratings, AlphaMetric metric);

}  // namespace ladder
