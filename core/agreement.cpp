#include "agreement.h"

#include <algorithm>
#include <cmath>

namespace ladder {
namespace {

// The squared difference function of each metric, for values at sorted indices i and j;
// `totals` are the marginal totals n_v, needed by the ordinal metric.
double difference(AlphaMetric metric, const std::vector<double>& values, const std::vector<double>& totals,
                  std::size_t i, std::size_t j) {
    const double c = values[i], k = values[j];
    switch (metric) {
        case AlphaMetric::Nominal: return i == j ? 0.0 : 1.0;
        case AlphaMetric::Interval: return (c - k) * (c - k);
        case AlphaMetric::Ratio: return c + k == 0 ? 0.0 : ((c - k) / (c + k)) * ((c - k) / (c + k));
        case AlphaMetric::Ordinal: {
            const std::size_t lo = std::min(i, j), hi = std::max(i, j);
            double sum = 0;
            for (std::size_t g = lo; g <= hi; ++g) sum += totals[g];
            const double d = sum - (totals[lo] + totals[hi]) / 2.0;
            return d * d;
        }
    }
    return 0.0;
}

}  // namespace

Alpha krippendorff_alpha(const ReliabilityData& ratings, AlphaMetric metric) {
    Alpha result;
    // The data is read observer by observer, as it is laid out (a thousand observers' rows read
    // unit by unit would each be fetched from memory once per unit).
    std::size_t units = 0;
    for (const auto& row : ratings) units = std::max(units, row.size());
    std::vector<int> raters(units, 0);  // m_u: the values unit u has
    for (const auto& row : ratings) {
        for (std::size_t u = 0; u < row.size(); ++u) raters[u] += row[u] ? 1 : 0;
    }

    // The distinct values that occur in pairable units (rated by two observers or more), kept
    // sorted as they are met: there are few (levels are 0..3), so each lookup is short.
    std::vector<double> values;
    for (const auto& row : ratings) {
        for (std::size_t u = 0; u < row.size(); ++u) {
            if (!row[u] || raters[u] < 2) continue;
            const auto at = std::lower_bound(values.begin(), values.end(), *row[u]);
            if (at == values.end() || *at != *row[u]) values.insert(at, *row[u]);
        }
    }
    const std::size_t v = values.size();
    const auto index_of = [&](double x) {
        return static_cast<std::size_t>(std::lower_bound(values.begin(), values.end(), x) - values.begin());
    };

    // How many times each value occurs in each pairable unit (n_uc), then the coincidence
    // matrix: within each unit, every ordered pair of values from different observers,
    // weighted 1 / (m_u - 1).
    std::vector<double> counts(units * v, 0.0);
    for (const auto& row : ratings) {
        for (std::size_t u = 0; u < row.size(); ++u) {
            if (row[u] && raters[u] >= 2) counts[u * v + index_of(*row[u])] += 1;
        }
    }
    std::vector<double> coincidence(v * v, 0.0);
    for (std::size_t u = 0; u < units; ++u) {
        const int m = raters[u];
        if (m < 2) continue;  // a lone value has nothing to be compared with
        result.pairable_values += m;
        const double* unit = &counts[u * v];
        for (std::size_t c = 0; c < v; ++c) {
            if (unit[c] == 0) continue;
            for (std::size_t k = 0; k < v; ++k) {
                const double pairs = unit[c] * (unit[k] - (c == k ? 1.0 : 0.0));
                coincidence[c * v + k] += pairs / (m - 1);
            }
        }
    }
    if (result.pairable_values < 2) {
        result.reason = "fewer than two answers can be compared (each category needs two people who answered it)";
        return result;
    }

    std::vector<double> totals(v, 0.0);
    double n = 0;
    for (std::size_t c = 0; c < v; ++c) {
        for (std::size_t k = 0; k < v; ++k) totals[c] += coincidence[c * v + k];
        n += totals[c];
    }
    double observed = 0, expected = 0;
    for (std::size_t c = 0; c < v; ++c) {
        for (std::size_t k = 0; k < v; ++k) {
            const double delta = difference(metric, values, totals, c, k);
            observed += coincidence[c * v + k] * delta;
            expected += totals[c] * totals[k] * delta;
        }
    }
    observed /= n;
    expected /= n * (n - 1);
    if (expected <= 0) {
        result.reason = "everyone gave the same answers, so there is no variation to measure agreement on";
        return result;
    }
    result.value = 1.0 - observed / expected;
    return result;
}

}  // namespace ladder
