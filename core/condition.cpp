#include "condition.h"

#include <cmath>

#include "messages.h"

namespace ladder {
namespace {

constexpr const char* kOpNames[] = {"gte", "lte", "lt", "gt"};

bool op_from_name(const std::string& name, Comparison::Op& op) {
    for (int i = 0; i < 4; ++i) {
        if (name == kOpNames[i]) {
            op = static_cast<Comparison::Op>(i);
            return true;
        }
    }
    return false;
}

// Tolerance so that a mean such as 2/3*3 compares as 2 exactly.
constexpr double kEpsilon = 1e-9;

bool compare(double score, const Comparison& c) {
    switch (c.op) {
        case Comparison::Op::Gte: return score >= c.value - kEpsilon;
        case Comparison::Op::Lte: return score <= c.value + kEpsilon;
        case Comparison::Op::Lt: return score < c.value - kEpsilon;
        case Comparison::Op::Gt: return score > c.value + kEpsilon;
    }
    return false;
}

void parse_children(const Json& list, const std::string& pointer, Condition& out,
                    const std::function<bool(const std::string&)>& dimension_exists,
                    const std::function<bool(const std::string&)>& category_exists, Errors& problems) {
    if (!list.is_array() || list.empty()) {
        problems.push_back({pointer, expected_found(M::ExpectedConditions, list)});
        return;
    }
    for (std::size_t i = 0; i < list.size(); ++i) {
        out.children.push_back(parse_condition(list[i], pointer_append(pointer, i), dimension_exists,
                                               category_exists, problems));
    }
}

}  // namespace

Condition parse_condition(const Json& json, const std::string& pointer,
                          const std::function<bool(const std::string&)>& dimension_exists,
                          const std::function<bool(const std::string&)>& category_exists,
                          Errors& problems) {
    Condition out;
    if (!json.is_object()) {
        problems.push_back({pointer, message(M::ErrorConditionNotObject, {{"found", describe_type(json)}})});
        return out;
    }
    if (json.contains("all") || json.contains("any") || json.contains("not")) {
        if (json.size() != 1) {
            problems.push_back({pointer, message(M::ErrorCombinatorAlone)});
            return out;
        }
        const auto only = json.begin();
        const std::string key = only.key();
        const Json& value = only.value();
        const std::string child_pointer = pointer_append(pointer, key);
        if (key == "not") {
            out.kind = Condition::Kind::Not;
            out.children.push_back(parse_condition(value, child_pointer, dimension_exists, category_exists, problems));
        } else {
            out.kind = key == "all" ? Condition::Kind::All : Condition::Kind::Any;
            parse_children(value, child_pointer, out, dimension_exists, category_exists, problems);
        }
        return out;
    }

    int subjects = 0;
    for (const auto& [key, value] : json.items()) {
        const std::string child_pointer = pointer_append(pointer, key);
        Comparison::Op op;
        if (key == "dimension" || key == "category") {
            ++subjects;
            out.kind = key == "dimension" ? Condition::Kind::Dimension : Condition::Kind::Category;
            if (!value.is_string()) {
                problems.push_back({child_pointer, expected_found(key == "dimension" ? M::ExpectedDimensionId : M::ExpectedCategoryId, value)});
                continue;
            }
            out.subject = value.get<std::string>();
            const bool exists = key == "dimension" ? dimension_exists(out.subject) : category_exists(out.subject);
            if (!exists) problems.push_back({child_pointer, message(key == "dimension" ? M::ErrorNoSuchDimension : M::ErrorNoSuchCategory, {{"id", out.subject}})});
        } else if (key == "overall") {
            ++subjects;
            out.kind = Condition::Kind::Overall;
            if (value != true) problems.push_back({child_pointer, message(M::ErrorOverallTrue)});
        } else if (op_from_name(key, op)) {
            if (!value.is_number() || value.get<double>() < 0 || value.get<double>() > 3) {
                problems.push_back({child_pointer, expected_found(M::ExpectedLevelNumber, value)});
                continue;
            }
            out.comparisons.push_back({op, value.get<double>()});
        } else {
            problems.push_back({child_pointer, message(M::ErrorUnknownOperator, {{"operator", key}})});
        }
    }
    if (subjects != 1) {
        problems.push_back({pointer, message(subjects == 0 ? M::ErrorNoSubject : M::ErrorTwoSubjects)});
    } else if (out.comparisons.empty()) {
        problems.push_back({pointer, message(M::ErrorNoComparison)});
    }
    return out;
}

Tristate evaluate(const Condition& c, const ConditionInputs& inputs) {
    switch (c.kind) {
        case Condition::Kind::All: {
            Tristate result = Tristate::True;
            for (const auto& child : c.children) {
                const Tristate t = evaluate(child, inputs);
                if (t == Tristate::False) return Tristate::False;
                if (t == Tristate::Unknown) result = Tristate::Unknown;
            }
            return result;
        }
        case Condition::Kind::Any: {
            Tristate result = Tristate::False;
            for (const auto& child : c.children) {
                const Tristate t = evaluate(child, inputs);
                if (t == Tristate::True) return Tristate::True;
                if (t == Tristate::Unknown) result = Tristate::Unknown;
            }
            return result;
        }
        case Condition::Kind::Not: {
            const Tristate t = evaluate(c.children.front(), inputs);
            if (t == Tristate::Unknown) return t;
            return t == Tristate::True ? Tristate::False : Tristate::True;
        }
        case Condition::Kind::Dimension:
        case Condition::Kind::Category:
        case Condition::Kind::Overall: {
            const std::optional<double> score = c.kind == Condition::Kind::Dimension ? inputs.dimension_score(c.subject)
                                                : c.kind == Condition::Kind::Category ? inputs.category_level(c.subject)
                                                                                      : inputs.overall_score;
            if (!score) return Tristate::Unknown;
            for (const auto& comparison : c.comparisons) {
                if (!compare(*score, comparison)) return Tristate::False;
            }
            return Tristate::True;
        }
    }
    return Tristate::Unknown;
}

}  // namespace ladder
