#include "ui/entry_fields.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "core/say.h"
#include "core/words.h"
#include "ui/header.h"
#include "ui/theme.h"

namespace onward::ui {

std::string clock_text(const LocalTime& t) { return clock_words(minutes_into_day(t)); }
std::string day_text(const CalendarDay& d) { return day_words(d); }
std::string day_month_text(const CalendarDay& d) { return day_month_words(d); }
std::string short_day_text(const CalendarDay& d) { return short_day_words(d); }

std::string when_text(const LocalTime& t, int device_offset_minutes) {
    std::string s = short_day_text(calendar_day(t)) + ", " + clock_text(t);
    if (t.utc_offset_minutes != device_offset_minutes) {
        const int o = t.utc_offset_minutes, a = o < 0 ? -o : o;
        char buf[24];
        std::snprintf(buf, sizeof buf, " (UTC%c%02d:%02d)", o < 0 ? '-' : '+', a / 60, a % 60);
        s += buf;
    }
    return s;
}

std::string distress_words(const Entry& e) {
    if (e.distress_after >= 0)
        return trf("Distress {before} \xE2\x86\x92 {after}",
                   {{"before", std::to_string(e.distress)}, {"after", std::to_string(e.distress_after)}});
    return trf("Distress {n}", {{"n", std::to_string(e.distress)}});
}

std::string feelings_words(const Entry& e, const Library& library) {
    std::string words;
    for (const EmotionRating& r : e.emotions)
        words += (words.empty() ? "" : ", ") +
                 trf("{feeling} {intensity}",
                     {{"feeling", item_name(library, r.emotion)}, {"intensity", std::to_string(r.intensity)}});
    return words;
}

std::string entry_details(const Entry& e, const Library& library) {
    std::string s;
    const auto add = [&](const std::string& part) { s += (s.empty() ? "" : " \xC2\xB7 ") + part; };
    const std::string emotions = feelings_words(e, library);
    if (!emotions.empty()) add(emotions);
    if (e.body != BodyState::Unsaid) add(trf("Body: {state}", {{"state", body_state_words(e.body)}}));
    if (!e.trigger.empty()) add(trf("Trigger: {name}", {{"name", item_name(library, e.trigger)}}));
    std::string functions;
    for (CopingFunction f : kCopingFunctions)
        if (std::any_of(e.actions.begin(), e.actions.end(), [&](const ActionTaken& a) { return a.function == f; }))
            functions += (functions.empty() ? "" : ", ") + std::string(coping_function_words(f));
    if (!functions.empty()) add(functions);
    return s;
}

std::string glimpse(const Entry& e) {
    for (const std::string* t : {&e.happened, &e.note, &e.feeling_says, &e.what_i_need, &e.what_was_new}) {
        if (t->empty()) continue;
        size_t end = std::min(t->find('\n'), size_t(160));
        if (end > t->size()) end = t->size();
        while (end < t->size() && end > 0 && (static_cast<unsigned char>((*t)[end]) & 0xC0) == 0x80) --end; // whole characters
        return t->substr(0, end) + (end < t->size() ? "…" : "");
    }
    return {};
}

bool add_field(Ui& ui, const char* label, std::string& text, const char* hint) {
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float button_w = chip_width(tr("Add"));
    text_field(ui, label, text, 1, row_width() - button_w - spacing, hint);
    ImGui::SameLine();
    const bool pressed = secondary_button(ui, tr("Add"), button_w, trf("Add {field}", {{"field", label}}).c_str());
    return pressed && !text.empty();
}

bool emotion_picker(Ui& ui, std::vector<EmotionRating>& emotions, const Library& library, std::string* add_text,
                    bool& add_pressed) {
    bool changed = false;
    add_pressed = false;
    label_text(ui, tr("What are you feeling?"));
    muted_text(tr("Pick any that fit."));
    const std::vector<const LibraryItem*> offered = choices(library, LibraryKind::Emotion);
    for (size_t i = 0; i < offered.size(); ++i) {
        const LibraryItem& item = *offered[i];
        auto it = std::find_if(emotions.begin(), emotions.end(),
                               [&](const EmotionRating& e) { return resolve(library, e.emotion) == &item; });
        const bool on = it != emotions.end();
        flow(chip_width(item.name.c_str()), i == 0);
        if (toggle_chip(ui, item.name.c_str(), trf("Emotion {name}", {{"name", item.name}}), on)) {
            if (on) emotions.erase(it);
            else emotions.push_back({item.id, 3});
            changed = true;
        }
    }
    if (add_text) add_pressed = add_field(ui, tr("New emotion"), *add_text, tr("Another feeling"));
    if (emotions.empty()) return changed;
    ImGui::Dummy(ImVec2(0, 4));
    label_text(ui, tr("How strong is each one?"));
    // On a phone the strength row goes under the name; on a wide screen beside it, all
    // rows starting at one edge just past the longest name.
    float name_w = 0;
    if (!ui.phone)
        for (const EmotionRating& e : emotions)
            name_w = std::max(name_w, ImGui::CalcTextSize(item_name(library, e.emotion).c_str()).x + 24.0f);
    for (EmotionRating& e : emotions) {
        const std::string& name = item_name(library, e.emotion);
        const float row_x = ImGui::GetCursorPosX();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(name.c_str());
        if (name_w > 0) {
            ImGui::SameLine();
            ImGui::SetCursorPosX(row_x + name_w);
        }
        for (int s = kMinIntensity; s <= kMaxIntensity; ++s) {
            if (s > kMinIntensity) ImGui::SameLine();
            const std::string text = std::to_string(s);
            if (toggle_chip(ui, text.c_str(), trf("Strength {n} for {name}", {{"n", text}, {"name", name}}),
                            e.intensity == s)) {
                e.intensity = s;
                changed = true;
            }
        }
    }
    muted_text(tr("1 is faint, 5 is overwhelming."));
    return changed;
}

bool body_picker(Ui& ui, BodyState& body) {
    bool changed = false;
    label_text(ui, tr("How is your body?"));
    const BodyState states[] = {BodyState::Activated, BodyState::Settled, BodyState::ShutDown};
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float w = (row_width() - 2 * spacing) / 3;
    for (int i = 0; i < 3; ++i) {
        if (i) ImGui::SameLine();
        const char* words = body_state_words(states[i]);
        if (toggle_chip(ui, words, trf("Body {state}", {{"state", words}}), body == states[i], w)) {
            body = body == states[i] ? BodyState::Unsaid : states[i];
            changed = true;
        }
    }
    muted_text(tr("Activated: racing, tense, on edge. Settled: steady enough. Shut down: numb, heavy, far away."));
    return changed;
}

bool answer_picker(Ui& ui, const char* prefix, Answer& answer) {
    bool changed = false;
    const Answer options[] = {Answer::Yes, Answer::No};
    for (int i = 0; i < 2; ++i) {
        if (i) ImGui::SameLine();
        const char* words = answer_words(options[i]);
        if (toggle_chip(ui, words, std::string(prefix) + " " + words, answer == options[i])) {
            answer = answer == options[i] ? Answer::Unsaid : options[i];
            changed = true;
        }
    }
    return changed;
}

void saved_line(SaveState state) {
    ImGui::PushStyleColor(ImGuiCol_Text, state == SaveState::Retrying ? palette().warning : palette().accent);
    ImGui::TextWrapped("%s", save_status_words(state));
    ImGui::PopStyleColor();
}

void problem_lines(Ui& ui, const std::vector<std::string>& problems) {
    for (const std::string& p : problems) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette().warning);
        ImGui::TextWrapped("%s", p.c_str());
        ImGui::PopStyleColor();
        note(ui, tr("Problem"), "alert", p);

    }
}

} // namespace onward::ui
