#include "ui/breathing_screen.h"

#include <algorithm>
#include <cmath>

#include "core/breathing.h"
#include "core/say.h"
#include "ui/theme.h"

namespace onward::ui {
namespace {

constexpr int kMinuteChoices[] = {1, 3, 5, 10};

ImU32 mixed(const ImVec4& a, const ImVec4& b, float t, float alpha = 1) {
    return ImGui::GetColorU32(ImVec4(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t, alpha));
}

void choose(Ui& ui, PracticeRun& run) {
    label_text(ui, tr("Pattern"));
    const auto& patterns = breathing_patterns();
    for (size_t i = 0; i < patterns.size(); ++i) {
        const char* name = tr(patterns[i].name);
        flow(chip_width(name), i == 0);
        if (toggle_chip(ui, name, name, run.pattern == patterns[i].key))
            run.pattern = patterns[i].key;
    }
    if (const BreathingPattern* p = find_breathing_pattern(run.pattern.c_str())) muted_text(tr(p->description));
    ImGui::Dummy(ImVec2(0, 8));
    label_text(ui, tr("How long"));
    for (int m : kMinuteChoices) {
        const std::string text = trf("{minutes} min", {{"minutes", std::to_string(m)}});
        if (m != kMinuteChoices[0]) ImGui::SameLine();
        if (toggle_chip(ui, text.c_str(), text, run.minutes == m)) run.minutes = m;
    }
    ImGui::Dummy(ImVec2(0, 8));
    if (ui.system_reduced_motion || !ui.paint_breath) {
        muted_text(ui.paint_breath ? tr("Your device asks for less motion, so the guide stays still: words, a count and a "
                                        "bar.")
                                   : tr("This browser cannot draw the moving guide, so it stays still: words, a count and "
                                        "a bar."));
    } else if (toggle_chip(ui, tr("Still view, no motion"), tr("Still view"), run.still)) {
        run.still = !run.still;
    }
    ImGui::Dummy(ImVec2(0, 8));
}

void moving_guide(Ui& ui, const BreathMoment& m, double elapsed) {
    const Palette& p = palette();
    const float size = std::min(row_width(), 320.0f);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (row_width() - size) / 2);
    const ImVec2 a = ImGui::GetCursorScreenPos();
    const ImVec2 b(a.x + size, a.y + size);
    ImGui::Dummy(ImVec2(size, size));
    ui.paint_breath(ImGui::GetWindowDrawList(), a, b, float(m.fill), float(m.phase_progress), float(elapsed / 1000.0),
                    ImGui::GetColorU32(p.breath_form), mixed(p.accent, p.card, 0.7f), ImGui::GetColorU32(p.accent_active));
    // The count sits in the middle of the form, which is never smaller than it.
    const std::string count = std::to_string(m.count);
    ImGui::PushFont(ui.fonts.heading);
    const ImVec2 t = ImGui::CalcTextSize(count.c_str());
    ImGui::GetWindowDrawList()->AddText(ImVec2((a.x + b.x - t.x) / 2, (a.y + b.y - t.y) / 2),
                                        ImGui::GetColorU32(p.on_accent), count.c_str());
    ImGui::PopFont();
    note(ui, tr("Breathing visual"), "image", std::string(m.words) + " " + count);
}

void centred_heading(Ui& ui, const char* text) {
    ImGui::PushFont(ui.fonts.heading);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (row_width() - ImGui::CalcTextSize(text).x) / 2));
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

} // namespace

bool breathing_is_still(const Ui& ui, const PracticeRun& run) {
    return run.still || ui.system_reduced_motion || !ui.paint_breath;
}

namespace {

const BreathingPattern& pattern_of(const PracticeRun& run) {
    const BreathingPattern* p = find_breathing_pattern(run.pattern.c_str());
    return p ? *p : breathing_patterns().front();
}

PracticeIntent breathing(Ui& ui, PracticeRun& run, const PracticeView& view) {
    const BreathingPattern& pattern = pattern_of(run);
    const double elapsed = elapsed_ms(run.clock, view.now_ms);
    const BreathMoment m = breath_at(pattern, elapsed, run.length_ms);
    heading(ui, tr(pattern.name));

    ImGui::Dummy(ImVec2(0, 6));
    if (breathing_is_still(ui, run)) {
        centred_heading(ui, m.words);
        const std::string count = std::to_string(m.count);
        centred_heading(ui, count.c_str());
        ImGui::Dummy(ImVec2(0, 4));
        progress_bar(ui, tr("This breath"), float(m.phase_progress), std::string(m.words) + " " + count);
        note(ui, tr("Breathing guide"), "status", std::string(m.words) + " " + count);
    } else {
        moving_guide(ui, m, elapsed);
        centred_heading(ui, m.words);
    }
    ImGui::Dummy(ImVec2(0, 14));
    // Counted up, as a countdown is read: "00:01 left" until the very end.
    const std::string left = trf("{time} left in this session",
                                 {{"time", timer_words(std::ceil((run.length_ms - elapsed) / 1000.0) * 1000.0)}});
    progress_bar(ui, tr("Session"), float(m.session_progress), left);
    muted_text(is_paused(run.clock) ? trf("Paused. {left}", {{"left", left}}).c_str() : left.c_str());

    ImGui::Dummy(ImVec2(0, 6));
    const PracticeIntent controls = draw_practice_controls(ui, run, true, tr("Finish"));
    return m.finished ? PracticeIntent::Finish : controls;
}

} // namespace

PracticeIntent draw_breathing(Ui& ui, PracticeRun& run, const PracticeView& view) {
    PracticeParts parts;
    parts.title = tr("Breathe with me");
    parts.about = tr("Breathing out slowly tells the body it is safe to settle. Follow the guide; there is no wrong way "
                     "to do this.");
    parts.start_words = tr("Start breathing");
    parts.summary = trf("You breathed for {duration}.", {{"duration", duration_words(run.spent_ms)}});

    parts.choices = choose;
    parts.running = breathing;
    return draw_practice(ui, run, view, parts);
}

} // namespace onward::ui
