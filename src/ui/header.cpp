#include "ui/header.h"

#include <algorithm>
#include <array>
#include <initializer_list>

#include "core/say.h"
#include "ui/theme.h"

namespace onward::ui {

const char* save_status_words(SaveState s) {
    switch (s) {
    case SaveState::Saving: return tr("Saving\xE2\x80\xA6");
    case SaveState::Saved: return tr("Saved \xE2\x9C\x93");
    case SaveState::Retrying: return tr("Not saved yet \xE2\x80\x94 retrying");
    case SaveState::Nothing: break;
    }
    return tr("Kept on this device only");
}

namespace {

constexpr float kGap = 16.0f;   // between the bar's pieces
constexpr float kLineGap = 6.0f; // between its lines, when it needs more than one

struct Piece {
    ImVec2 size; // a piece with no width (no status to show) takes no room
    ImVec2 at;   // its top left, from the bar's
};

float width_of(std::initializer_list<const Piece*> line) {
    float w = 0;
    for (const Piece* p : line)
        if (p->size.x > 0) w += (w > 0 ? kGap : 0) + p->size.x;
    return w;
}

// One line when everything fits. Else "Onward" leads and the rest wraps below it, at the
// right as always, so "I'm overwhelmed" stays whole: with large text a phone needs two or
// three lines. Returns the bar's height.
float lay_out_bar(Piece& title, Piece& status, Piece& help, float left, float right, float pad) {
    const float room = right - left;
    std::vector<std::vector<Piece*>> lines;
    if (width_of({&title, &status, &help}) <= room) lines = {{&title, &status, &help}};
    else if (width_of({&title, &help}) <= room) lines = {{&title, &help}, {&status}};
    else if (width_of({&title, &status}) <= room) lines = {{&title, &status}, {&help}};
    else if (width_of({&status, &help}) <= room) lines = {{&title}, {&status, &help}};
    else lines = {{&title}, {&status}, {&help}};
    float y = pad;
    for (std::vector<Piece*>& line : lines) {
        line.erase(std::remove_if(line.begin(), line.end(), [](const Piece* p) { return p->size.x <= 0; }), line.end());
        if (line.empty()) continue;
        float h = 0;
        for (const Piece* p : line) h = std::max(h, p->size.y);
        float x = right; // right to left; the title alone sits at the left
        for (auto it = line.rbegin(); it != line.rend(); ++it) {
            Piece& p = **it;
            x = &p == &title ? left : x - p.size.x;
            p.at = ImVec2(x, y + (h - p.size.y) / 2);
            x -= kGap;
        }
        y += h + kLineGap;
    }
    return y - kLineGap + pad;
}

} // namespace

bool draw_header_bar(Ui& ui, const HeaderView& view, float side) {
    const Palette& p = palette();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetWindowWidth();

    // "I'm overwhelmed" and the save status beside it. A phone has room for the short form
    // only; the full story is in draw_alerts.
    const char* name = tr("Onward");
    const char* help = tr("I\xE2\x80\x99m overwhelmed");
    const bool retrying = view.save.state == SaveState::Retrying;
    const char* words = ui.phone ? (retrying ? tr("Not saved yet") : view.save.state == SaveState::Nothing
                                                                     ? ""
                                                                     : save_status_words(view.save.state))
                                 : save_status_words(view.save.state);
    Piece title, status, button;
    ImGui::PushFont(ui.fonts.heading);
    title.size = ImGui::CalcTextSize(name);
    ImGui::PopFont();
    ImGui::PushFont(ui.fonts.strong);
    button.size = ImVec2(chip_width(help) + 8, control_height());
    ImGui::PopFont();
    status.size = ImVec2(ImGui::CalcTextSize(words).x, ImGui::GetFontSize());
    // Lined up with the page below, whose scrollbar takes its width off the right.
    const float h = lay_out_bar(title, status, button, side, width - side - ImGui::GetStyle().ScrollbarSize,
                                ui.phone ? 8.0f : 12.0f);
    const auto place = [&](const Piece& piece) {
        ImGui::SetCursorScreenPos(ImVec2(origin.x + piece.at.x, origin.y + piece.at.y));
    };
    ImGui::GetWindowDrawList()->AddLine(ImVec2(origin.x, origin.y + h - 1), ImVec2(origin.x + width, origin.y + h - 1),
                                        ImGui::GetColorU32(p.card_border));

    place(title);
    ImGui::PushFont(ui.fonts.heading);
    ImGui::PushStyleColor(ImGuiCol_Text, p.accent);
    ImGui::TextUnformatted(name);
    ImGui::PopStyleColor();
    ImGui::PopFont();

    place(button);
    ImGui::PushStyleColor(ImGuiCol_Button, p.card);
    ImGui::PushStyleColor(ImGuiCol_Border, p.accent);
    ImGui::PushStyleColor(ImGuiCol_Text, p.accent);
    ImGui::PushFont(ui.fonts.strong);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, button.size.y / 2);
    const bool help_pressed = ImGui::Button(help, button.size);
    ImGui::PopStyleVar();
    ImGui::PopFont();
    ImGui::PopStyleColor(3);
    note(ui, tr("I'm overwhelmed"), "button");

    place(status);
    ImGui::PushStyleColor(ImGuiCol_Text, retrying ? p.warning : p.muted);
    ImGui::TextUnformatted(words);
    ImGui::PopStyleColor();
    note(ui, tr("Save status"), "status", save_status_words(view.save.state));

    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + h));
    return help_pressed;
}

namespace {

struct TabItem {
    Tab tab;
    const char* words;
    const char* name; // what the tab is called, however short its words
};

// On a phone the bar is narrow: the coping tools go by a shorter name there.
std::array<TabItem, 5> tab_items(const Ui& ui) {
    return {{{Tab::Today, tr("Today"), tr("Today")},
             {Tab::Journal, tr("Journal"), tr("Journal")},
             {Tab::Reflect, tr("Reflect"), tr("Reflect")},
             {Tab::Cope, ui.phone ? tr("Coping") : tr("Coping tools"), tr("Coping tools")},
             {Tab::SafetyPlan, tr("Safety plan"), tr("Safety plan")}}};
}

// Five tabs share a phone's width: tighter gaps and padding, so every word shows whole.
constexpr float kPhoneTabSpacing = 4.0f, kPhoneTabPadding = 2.0f;

float phone_tab_width(const TabItem& item) {
    return std::max(kTouchTarget, ImGui::CalcTextSize(item.words).x + 2 * kPhoneTabPadding);
}

// How many tabs each row of a phone's bar holds: all on one when their words fit, else
// as few rows as fit them whole, the first rows the fuller (3 + 2, then 2 + 2 + 1).
std::vector<int> phone_tab_rows(const Ui& ui, float width) {
    const std::array<TabItem, 5> items = tab_items(ui);
    const int n = int(items.size());
    for (int rows = 1;; ++rows) {
        std::vector<int> counts;
        for (int r = 0; r < rows; ++r) counts.push_back(n / rows + (r < n % rows ? 1 : 0));
        bool fits = true;
        int i = 0;
        for (const int count : counts) {
            float w = float(count - 1) * kPhoneTabSpacing;
            for (int k = 0; k < count; ++k) w += phone_tab_width(items[size_t(i++)]);
            fits = fits && w <= width;
        }
        if (fits || rows == n) return counts;
    }
}

} // namespace

float tab_bar_height(const Ui& ui, float width) {
    const float rows = float(phone_tab_rows(ui, width).size());
    return rows * control_height() + (rows - 1) * ImGui::GetStyle().ItemSpacing.y + 2 * kTabBarPadding;
}

bool draw_tabs(Ui& ui, Tab current, float width, Tab& pressed) {
    const std::array<TabItem, 5> items = tab_items(ui);
    bool any = false;
    const auto tab = [&](const TabItem& it, float w) {
        if (toggle_chip(ui, it.words, trf("Tab {name}", {{"name", it.name}}), current == it.tab, w)) {
            pressed = it.tab;
            any = true;
        }
    };
    if (!ui.phone) {
        // Each its own size, wrapping when large text makes them wider than the page.
        for (size_t i = 0; i < items.size(); ++i) {
            flow(chip_width(items[i].words), i == 0);
            tab(items[i], 0);
        }
        return any;
    }
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(kPhoneTabSpacing, ImGui::GetStyle().ItemSpacing.y));
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(kPhoneTabPadding, ImGui::GetStyle().FramePadding.y));
    // Across the whole of each row, each tab its words' width plus an equal share of the
    // room left.
    const float left = ImGui::GetCursorScreenPos().x;
    size_t i = 0;
    for (const int count : phone_tab_rows(ui, width)) {
        ImGui::SetCursorScreenPos(ImVec2(left, ImGui::GetCursorScreenPos().y));
        float words_w = 0;
        for (int k = 0; k < count; ++k) words_w += ImGui::CalcTextSize(items[i + size_t(k)].words).x;
        const float share = (width - float(count - 1) * kPhoneTabSpacing - words_w) / float(count);
        for (int k = 0; k < count; ++k, ++i) {
            if (k > 0) ImGui::SameLine();
            tab(items[i], ImGui::CalcTextSize(items[i].words).x + share);
        }
    }
    ImGui::PopStyleVar(2);
    return any;
}

bool draw_alerts(Ui& ui, const HeaderView& view) {
    bool restart = false;
    if (view.new_version) {
        begin_card();
        label_text(ui, tr("A new version of Onward is ready"));
        muted_text(view.restarting ? tr("Restarting as soon as your last words are saved\xE2\x80\xA6")
                                   : tr("Restart whenever it suits you. Anything you are writing is kept."));
        note(ui, tr("New version"), "status", tr("A new version of Onward is ready"));
        if (!view.restarting) restart = secondary_button(ui, tr("Restart now"));
        end_card();
    }
    const Palette& p = palette();
    auto alert = [&](const char* label, const std::string& text) {
        ImGui::PushStyleColor(ImGuiCol_Text, p.warning);
        ImGui::TextWrapped("%s", text.c_str());
        ImGui::PopStyleColor();
        note(ui, label, "alert", text);
    };
    if (view.save.state == SaveState::Retrying) {
        alert(tr("Not saved yet"),

              trn("One change is safe in this window, but the browser has not stored it yet ({reason}). Onward keeps "
                  "trying; please keep this tab open.",
                  "{n} changes are safe in this window, but the browser has not stored them yet ({reason}). Onward "
                  "keeps trying; please keep this tab open.",
                  view.save.waiting, {{"reason", view.save.reason}}));
    }
    for (const std::string& n : view.notices) alert(tr("Notice"), n);

    return restart;
}

} // namespace onward::ui
