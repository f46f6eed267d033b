#include "session.h"

#include <algorithm>

namespace ladder {

void rescore(Session& session) {
    session.result = score_assessment(*session.model, session.assessment, session.lang);
    ++session.revision;
}

void replan_team(Session& session) {
    session.team_plan = plan_team(*session.model, session.team, session.lang);
    session.team_completeness.clear();
    const double total = static_cast<double>(std::max<std::size_t>(session.model->categories.size(), 1));
    for (const Assessment& a : session.team.respondents) {
        int answered = 0;
        for (const auto& category : session.model->categories) {
            const auto it = a.answers.find(category.id);
            answered += it != a.answers.end() && it->second.answered();
        }
        session.team_completeness.push_back(answered / total);
    }
    ++session.team_revision;
}

bool set_answer(Session& session, const std::string& category_id, std::optional<int> level) {
    if (session.model->category_index(category_id) < 0) return false;
    if (level && (*level < 0 || *level >= kLevels)) return false;
    Answer& answer = session.assessment.answers[category_id];
    answer.level = level;
    answer.dont_know = false;
    rescore(session);
    return true;
}

}  // namespace ladder
