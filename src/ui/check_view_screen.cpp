#include "ui/check_view_screen.h"

#include <imgui.h>

#include <algorithm>

#include "core/local_time.h"
#include "core/say.h"
#include "ui/cope_screen.h"
#include "ui/entry_fields.h"
#include "ui/theme.h"

namespace onward::ui {
namespace {

const ScoreRule* rule_of(const Questionnaire& q, const std::string& id) {
    for (const ScoreRule& r : q.scores)
        if (r.id == id) return &r;
    return nullptr;
}

std::string signed_number(int v) { return v > 0 ? "+" + std::to_string(v) : v < 0 ? "\xE2\x88\x92" + std::to_string(-v) : "0"; }

void safety_card(Ui& ui, const CheckViewData& view, CheckViewIntent& intent) {
    begin_card();
    heading(ui, tr("Thank you for telling me"));
    const char* words = tr("You said that you had thoughts of hurting yourself or of not wanting to be alive. That "
                           "is heavy to carry, and you do not have to carry it alone. Please reach out now: to "
                           "someone in your safety plan, or to a crisis line.");

    ImGui::TextWrapped("%s", words);
    note(ui, tr("Safety"), "alert", words);
    ImGui::Dummy(ImVec2(0, 4));
    if (primary_button(ui, tr("Open my safety plan"), row_width())) intent.action = CheckViewAction::OpenSafetyPlan;
    ImGui::Dummy(ImVec2(0, 4));
    draw_crisis_lines(ui, *view.lines, intent.open_link);
    end_card();
}

// This check's score beside the same score of up to five checks before it, oldest on the
// left: small columns from the score's lowest possible value, with the day under each.
void score_history(Ui& ui, const Questionnaire& q, const ScoreRule& rule, const CheckViewData& view) {
    struct Column {
        const CheckResult* check;
        Score score;
    };
    std::vector<Column> columns;
    const size_t earlier = std::min<size_t>(view.earlier.size(), 5);
    for (size_t i = earlier; i-- > 0;) columns.push_back({view.earlier[i], {}});
    columns.push_back({view.check, {}});
    for (Column& c : columns)
        for (const Score& s : score_check(q, *c.check))
            if (s.id == rule.id) c.score = s;
    int low = 0, high = 0;
    score_range(q, rule, low, high);
    if (high <= low || columns.size() < 2) return;

    const Palette& p = palette();
    // Room above the columns for each one's number, and below them for its day; each column
    // as wide as its day's words (large text makes them wide), and the oldest left out
    // while they do not fit the row.
    const float label_h = ImGui::GetTextLineHeight(), bar_h = 56, gap = 10;
    float col_w = 52;
    for (const Column& c : columns)
        col_w = std::max(col_w, ImGui::CalcTextSize(day_month_text(calendar_day(c.check->taken)).c_str()).x + 8);
    while (columns.size() > 2 && float(columns.size()) * (col_w + gap) - gap > row_width()) columns.erase(columns.begin());
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float top_y = at.y + label_h + 4;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float zero = low < 0 && high > 0 ? float(-low) / float(high - low) : 0.0f;
    const float base_y = top_y + bar_h * (1 - zero);
    dl->AddLine(ImVec2(at.x, base_y), ImVec2(at.x + float(columns.size()) * (col_w + gap) - gap, base_y),
                ImGui::GetColorU32(p.card_border));
    std::string words;
    for (size_t i = 0; i < columns.size(); ++i) {
        const Column& c = columns[i];
        const float x = at.x + float(i) * (col_w + gap);
        const bool current = i + 1 == columns.size();
        const std::string number = !c.score.has_value        ? "\xE2\x80\x94"
                                   : rule.difference.empty() ? std::to_string(c.score.value)
                                                             : signed_number(c.score.value);
        float number_y = base_y - label_h - 2;
        if (c.score.has_value) {
            const float f = float(c.score.value - low) / float(high - low);
            const float y = top_y + bar_h * (1 - f);
            const float top = std::min(y, base_y), bottom = std::max(std::max(y, base_y), top + 2);
            dl->AddRectFilled(ImVec2(x + 10, top), ImVec2(x + col_w - 10, bottom),
                              ImGui::GetColorU32(current ? p.accent : p.chip_active), 3.0f);
            number_y = top - label_h - 2;
        }
        const float nw = ImGui::CalcTextSize(number.c_str()).x;
        dl->AddText(ImVec2(x + (col_w - nw) / 2, number_y), ImGui::GetColorU32(current ? p.text : p.muted), number.c_str());
        const std::string day = day_month_text(calendar_day(c.check->taken));
        const float tw = ImGui::CalcTextSize(day.c_str()).x;
        dl->AddText(ImVec2(x + (col_w - tw) / 2, top_y + bar_h + 4), ImGui::GetColorU32(p.muted), day.c_str());
        words += (i ? ", " : "") + day + " " + (c.score.has_value ? number : tr("no score"));
    }
    ImGui::Dummy(ImVec2(float(columns.size()) * (col_w + gap), label_h + 4 + bar_h + label_h + 8));
    note(ui, trf("Recent {score}", {{"score", rule.name}}), "chart", words);
}

} // namespace

std::string score_words(const Questionnaire& q, const Score& s, bool with_name) {
    const ScoreRule* rule = rule_of(q, s.id);
    std::string out;
    if (!s.has_value) {
        out = tr("\xE2\x80\x94 (too few answers to work it out)");
    } else {
        int low = 0, high = 0;
        if (rule) score_range(q, *rule, low, high);
        const Blanks range = {{"score", std::to_string(s.value)}, {"low", std::to_string(low)}, {"high", std::to_string(high)}};
        if (rule && !rule->difference.empty()) out = signed_number(s.value);
        else if (low == 0) out = trf("{score} of {high}", range);
        else out = trf("{score} (from {low} to {high})", range);
        if (s.prorated) out = trf("{score}, estimated from the answers given", {{"score", out}});
        if (!s.band.empty()) out += " \xC2\xB7 " + s.band;
    }
    return with_name && rule ? trf("{name} {score}", {{"name", rule->name}, {"score", out}}) : out;
}

CheckViewIntent draw_check_view(Ui& ui, const CheckViewData& view, bool about) {
    CheckViewIntent intent;
    const Questionnaire& q = *view.questionnaire;
    const CheckResult& c = *view.check;
    // Before any score: what a safety answer opens.
    if (raises_safety(q, c)) safety_card(ui, view, intent);

    begin_card();
    heading(ui, q.title.c_str());
    muted_text(when_text(c.taken, view.device_offset_minutes).c_str());
    if (view.just_saved) saved_line(view.save_state);
    ImGui::Dummy(ImVec2(0, 4));
    const std::vector<Score> scores = score_check(q, c);
    for (size_t i = 0; i < scores.size(); ++i) {
        const ScoreRule* rule = rule_of(q, scores[i].id);
        if (!rule) continue;
        if (i) divider();
        label_text(ui, rule->name.c_str());
        const std::string words = score_words(q, scores[i], false);
        ImGui::TextWrapped("%s", words.c_str());
        note(ui, rule->name, "status", words);
        score_history(ui, q, *rule, view);
    }
    if (scores.size() > 1 || !view.earlier.empty())
        muted_text(tr("These are for you to watch over time, not a grade. A week is a small window, and every week counts."));
    end_card();

    begin_card();
    heading(ui, tr("Your answers"));
    for (size_t i = 0; i < q.questions.size(); ++i) {
        const Question& question = q.questions[i];
        const QuestionAnswer* a = find_answer(c, question.id);
        if (i) divider();
        ImGui::TextWrapped("%s", question.text.c_str());
        const std::string answer = a ? scale_label(q.scale, a->value) : tr("Left out");
        ImGui::PushFont(ui.fonts.strong);
        ImGui::TextWrapped("%s", answer.c_str());
        ImGui::PopFont();
        note(ui, trf("Answer {number}", {{"number", std::to_string(i + 1)}}), "text", answer);
    }
    if (!c.note.empty()) {
        divider();
        label_text(ui, q.note_prompt.empty() ? tr("Your words") : q.note_prompt.c_str());
        ImGui::TextWrapped("%s", c.note.c_str());
        note(ui, tr("Check note"), "text", c.note);
    }
    end_card();

    if (view.can_change && secondary_button(ui, tr("Change my answers"), row_width())) intent.action = CheckViewAction::Change;
    if (about && secondary_button(ui, tr("About coping and healing"), row_width())) intent.action = CheckViewAction::About;
    if (primary_button(ui, tr("Done"), row_width())) intent.action = CheckViewAction::Back;
    return intent;
}

} // namespace onward::ui
