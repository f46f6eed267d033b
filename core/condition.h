// The pitfall condition language. A pitfall's `when` is a small tree:
//   {"all": [c, ...]}   every child holds        {"any": [c, ...]}  at least one holds
//   {"not": c}          the child does not hold
//   {"dimension": "<id>", OP: n, ...}   compares a dimension score (mean of its levels, 0..3)
//   {"category": "<id>", OP: n, ...}    compares a category level
//   {"overall": true, OP: n, ...}       compares the overall score
// OP is gte, lte, lt or gt; several OPs in one node must all hold ({"gte": 1, "lt": 2}).
// Evaluation is three-valued: a comparison on an unanswered dimension or category is
// "unknown", and unknown propagates as in Kleene logic (false wins in `all`, true wins in
// `any`, `not` keeps unknown). A pitfall shows only when its condition is definitely true, so
// an empty assessment never lists pitfalls it knows nothing about.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "json_input.h"

namespace ladder {

enum class Tristate { False, True, Unknown };

struct Comparison {
    enum class Op { Gte, Lte, Lt, Gt };
    Op op;
    double value;
};

struct Condition {
    enum class Kind { All, Any, Not, Dimension, Category, Overall };
    Kind kind = Kind::All;
    std::vector<Condition> children;      // All, Any (one or more), Not (exactly one)
    std::string subject;                  // dimension or category id
    std::vector<Comparison> comparisons;  // Dimension, Category, Overall
};

// Where a condition gets its numbers from; nullopt means "not answered".
struct ConditionInputs {
    std::function<std::optional<double>(const std::string&)> dimension_score;
    std::function<std::optional<double>(const std::string&)> category_level;
    std::optional<double> overall_score;
};

// Parses a condition; problems are appended (with pointers under `pointer`) and the returned
// condition is then meaningless. `dimension_exists`/`category_exists` check the ids it names.
Condition parse_condition(const Json& json, const std::string& pointer,
                          const std::function<bool(const std::string&)>& dimension_exists,
                          const std::function<bool(const std::string&)>& category_exists,
                          Errors& problems);

Tristate evaluate(const Condition& condition, const ConditionInputs& inputs);

}  // namespace ladder
