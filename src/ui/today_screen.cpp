#include "ui/today_screen.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

#include "ui/header.h"
#include "ui/theme.h"

namespace onward::ui {
namespace {

std::string clock_text(const LocalTime& t) {
    const int m = minutes_into_day(t);
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", m / 60, m % 60);
    return buf;
}

std::string day_text(const CalendarDay& d) {
    static const char* kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    static const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                    "July",    "August",   "September", "October", "November", "December"};
    return std::string(kDays[weekday(d)]) + ", " + std::to_string(d.day) + " " + kMonths[d.month - 1];
}

bool emotion_picker(Ui& ui, CheckInForm& form, const std::vector<std::string>& vocabulary) {
    bool changed = false;
    label_text(ui, "What are you feeling?");
    muted_text("Pick any that fit.");
    for (size_t i = 0; i < vocabulary.size(); ++i) {
        const std::string& name = vocabulary[i];
        auto it = std::find_if(form.emotions.begin(), form.emotions.end(),
                               [&](const EmotionRating& e) { return e.name == name; });
        const bool on = it != form.emotions.end();
        flow(chip_width(name.c_str()), i == 0);
        if (toggle_chip(ui, name.c_str(), "Emotion " + name, on)) {
            if (on) form.emotions.erase(it);
            else form.emotions.push_back({name, 3});
            changed = true;
        }
    }
    if (form.emotions.empty()) return changed;
    ImGui::Dummy(ImVec2(0, 4));
    label_text(ui, "How strong is each one?");
    // On a phone the strength row goes under the name; on a wide screen beside it, all
    // rows starting at one edge just past the longest name.
    float name_w = 0;
    if (!ui.phone)
        for (const EmotionRating& e : form.emotions) name_w = std::max(name_w, ImGui::CalcTextSize(e.name.c_str()).x + 24.0f);
    for (EmotionRating& e : form.emotions) {
        const float row_x = ImGui::GetCursorPosX();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(e.name.c_str());
        if (name_w > 0) {
            ImGui::SameLine();
            ImGui::SetCursorPosX(row_x + name_w);
        }
        for (int s = kMinIntensity; s <= kMaxIntensity; ++s) {
            if (s > kMinIntensity) ImGui::SameLine();
            const std::string text = std::to_string(s);
            if (toggle_chip(ui, text.c_str(), "Strength " + text + " for " + e.name, e.intensity == s)) {
                e.intensity = s;
                changed = true;
            }
        }
    }
    muted_text("1 is faint, 5 is overwhelming.");
    return changed;
}

bool body_picker(Ui& ui, CheckInForm& form) {
    bool changed = false;
    label_text(ui, "How is your body?");
    const BodyState states[] = {BodyState::Activated, BodyState::Settled, BodyState::ShutDown};
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float w = (row_width() - 2 * spacing) / 3;
    for (int i = 0; i < 3; ++i) {
        if (i) ImGui::SameLine();
        const char* words = body_state_words(states[i]);
        if (toggle_chip(ui, words, std::string("Body ") + words, form.body == states[i], w)) {
            form.body = form.body == states[i] ? BodyState::Unsaid : states[i];
            changed = true;
        }
    }
    muted_text("Activated: racing, tense, on edge. Settled: steady enough. Shut down: numb, heavy, far away.");
    return changed;
}

void checkin_row(Ui& ui, const CheckIn& c) {
    const std::string time = clock_text(c.created);
    std::string details;
    for (const EmotionRating& e : c.emotions)
        details += (details.empty() ? "" : ", ") + e.name + " " + std::to_string(e.intensity);
    if (c.body != BodyState::Unsaid) details += (details.empty() ? "Body: " : " · Body: ") + std::string(body_state_words(c.body));

    ImGui::BeginGroup();
    ImGui::PushFont(ui.fonts.strong);
    ImGui::Text("%s", time.c_str());
    ImGui::PopFont();
    ImGui::SameLine(0, 14);
    ImGui::Text("Distress %d of 10", c.distress);
    if (!details.empty()) muted_text(details.c_str());
    if (!c.note.empty()) {
        ImGui::TextUnformatted(c.note.c_str(), c.note.c_str() + c.note.size());
    }
    ImGui::EndGroup();
    std::string value = "Distress " + std::to_string(c.distress);
    if (!details.empty()) value += " · " + details;
    if (!c.note.empty()) value += " · " + c.note;
    note(ui, "Check-in at " + time, "row", value);
}

void practice_row(Ui& ui, const PracticeSession& s) {
    const std::string time = clock_text(s.created);
    std::string details = duration_words(s.duration_ms);
    if (s.distress_before >= 0 && s.distress_after >= 0)
        details += " · distress " + std::to_string(s.distress_before) + " \xE2\x86\x92 " + std::to_string(s.distress_after);
    else if (s.distress_before >= 0) details += " · distress " + std::to_string(s.distress_before) + " before";
    else if (s.distress_after >= 0) details += " · distress " + std::to_string(s.distress_after) + " after";
    const std::string name = practice_name(s);
    ImGui::BeginGroup();
    ImGui::PushFont(ui.fonts.strong);
    ImGui::Text("%s", time.c_str());
    ImGui::PopFont();
    ImGui::SameLine(0, 14);
    ImGui::TextUnformatted(name.c_str());
    muted_text(details.c_str());
    ImGui::EndGroup();
    note(ui, name + " at " + time, "row", details);
}

} // namespace

TodayIntent draw_today(Ui& ui, CheckInForm& form, const TodayView& view) {
    TodayIntent intent = TodayIntent::None;
    muted_text(day_text(view.day).c_str());
    ImGui::Dummy(ImVec2(0, 2));

    begin_card();
    heading(ui, "Quick check-in");
    ImGui::Dummy(ImVec2(0, 2));
    bool changed = distress_picker(ui, "How much distress right now?", "0 is calm, 10 is the most you can imagine.",
                                   form.distress, "Distress");
    ImGui::Dummy(ImVec2(0, 8));
    changed |= emotion_picker(ui, form, *view.emotion_vocabulary);
    ImGui::Dummy(ImVec2(0, 8));
    changed |= body_picker(ui, form);
    ImGui::Dummy(ImVec2(0, 8));
    label_text(ui, "Anything you want to add?");
    changed |= text_field(ui, "Note", form.note, 4);
    muted_text("Optional. Only you can read this.");
    ImGui::Dummy(ImVec2(0, 6));
    if (primary_button(ui, "Save check-in", row_width())) intent = TodayIntent::SaveCheckIn;
    if (form.just_saved) {
        // The header may be scrolled away on a phone: say it here too.
        const bool trouble = view.save_state == SaveState::Retrying;
        ImGui::PushStyleColor(ImGuiCol_Text, trouble ? palette().warning : palette().accent);
        ImGui::TextWrapped("%s", save_status_words(view.save_state));
        ImGui::PopStyleColor();
    }
    for (const std::string& p : form.problems) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette().warning);
        ImGui::TextWrapped("%s", p.c_str());
        ImGui::PopStyleColor();
        note(ui, "Problem", "alert", p);
    }
    end_card();
    if (changed) {
        form.just_saved = false;
        form.problems.clear(); // they were about the form as it was
    }

    begin_card();
    heading(ui, "Today so far");
    const auto& checkins = *view.checkins;
    const auto& practices = *view.practices;
    if (checkins.empty() && practices.empty())
        muted_text("Nothing yet today. A check-in takes a few seconds, and every one counts.");
    // Both lists are newest first; merged, so the day reads in order.
    for (size_t c = 0, p = 0; c < checkins.size() || p < practices.size();) {
        if (c + p) divider();
        const bool checkin_next =
            p == practices.size() ||
            (c < checkins.size() && checkins[c]->created.unix_ms >= practices[p]->created.unix_ms);
        if (checkin_next) checkin_row(ui, *checkins[c++]);
        else practice_row(ui, *practices[p++]);
    }
    end_card();
    return intent;
}

} // namespace onward::ui
