#include "app/app.h"

#include <imgui.h>

#include <algorithm>
#include <utility>

#include "core/emotions.h"
#include "core/text.h"
#include "platform/browser.h"
#include "platform/frame_loop.h"
#include "platform/input.h"
#include "store/journal_records.h"
#include "ui/header.h"
#include "ui/help_now_screen.h"
#include "ui/theme.h"

namespace onward {

std::string drawn_widgets_json(const App& app) {
    nlohmann::json list = nlohmann::json::array();
    for (const ui::DrawnWidget& w : app.ui.drawn)
        list.push_back({{"label", w.label}, {"role", w.role}, {"value", w.value}, {"selected", w.selected},
                        {"focused", w.focused}, {"x", w.min.x}, {"y", w.min.y}, {"w", w.max.x - w.min.x},
                        {"h", w.max.y - w.min.y}});
    return list.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

namespace {

LocalTime local_now() {
    const double ms = platform::now_ms();
    return {int64_t(ms), platform::utc_offset_minutes(ms)};
}

void note_text_width(App& app, const std::vector<CheckIn>& checkins) {
    for (const CheckIn& c : checkins) {
        app.widest_text = std::max(app.widest_text, widest_code_point(c.note));
        for (const EmotionRating& e : c.emotions) app.widest_text = std::max(app.widest_text, widest_code_point(e.name));
    }
}

void take_loaded(App& app, const std::vector<StoredRecord>& records) {
    LoadedJournal l = load_journal(records);
    // Check-ins another tab announced before the full read arrived are kept.
    for (const CheckIn& c : app.journal.checkins)
        if (!find_checkin(l.journal, c.id)) l.journal.checkins.push_back(c);
    app.journal = std::move(l.journal);
    ++app.journal_changes;
    note_text_width(app, app.journal.checkins);
    app.unknown_fields = std::move(l.unknown_fields);
    if (!l.unreadable.empty())
        app.notices.push_back(std::to_string(l.unreadable.size()) +
                              (l.unreadable.size() == 1 ? " saved record" : " saved records") +
                              " could not be read by this version of Onward. Nothing was changed or removed.");
    app.loaded = true;
}

// Another tab saved these records: show them here too. A record this tab is still
// saving is left alone; ours is the newer change.
void take_changed_elsewhere(App& app, const std::vector<StoredRecord>& records) {
    LoadedJournal l = load_journal(records);
    for (const CheckIn& c : l.journal.checkins) {
        if (app.saves.waiting.count(c.id)) continue;
        put_checkin(app.journal, c);
        ++app.journal_changes;
        note_text_width(app, {c});
        if (auto u = l.unknown_fields.find(c.id); u != l.unknown_fields.end()) app.unknown_fields[c.id] = u->second;
    }
}

} // namespace

void keep_saving(App& app) {
    const double now = platform::now_ms();
    for (const StorageEvent& e : app.storage.take_events()) {
        switch (e.kind) {
        case StorageEvent::Kind::Loaded: take_loaded(app, e.records); break;
        case StorageEvent::Kind::OpenFailed:
            app.loaded = true;
            app.notices.push_back("Onward could not open your saved journal (" + e.reason +
                                  "). You can still check in: new check-ins are kept in this window and saved as "
                                  "soon as the browser allows. Reloading the page may help.");
            break;
        case StorageEvent::Kind::ChangedElsewhere: take_changed_elsewhere(app, e.records); break;
        case StorageEvent::Kind::WriteSucceeded:
        case StorageEvent::Kind::WriteFailed: note_result(app.saves, e, now); break;
        }
    }
    send_due(app.saves, app.storage, now);
    const double next = next_send_ms(app.saves);
    if (next > now) platform::wake_after(next - now);
}

bool has_unsaved_words(const App& app) {
    const ui::CheckInForm& f = app.form;
    return !app.saves.waiting.empty() || f.distress >= 0 || !f.emotions.empty() || f.body != BodyState::Unsaid ||
           !f.note.empty();
}

namespace {

void save_checkin(App& app) {
    const LocalTime now = local_now();
    CheckIn c;
    c.id = make_record_id(kCheckInKind, now.unix_ms, platform::random32());
    c.created = c.updated = now;
    c.distress = app.form.distress;
    c.emotions = app.form.emotions;
    c.body = app.form.body;
    c.note = app.form.note;
    app.form.problems = problems_with(c);
    if (!app.form.problems.empty()) return;
    put_checkin(app.journal, c);
    ++app.journal_changes;
    keep_record(app.saves, c.id, encode_checkin(c));
    app.form = {};
    app.form.just_saved = true;
}

} // namespace

void start_app(App& app) {
    ui::apply_theme(ImGui::GetStyle());
    app.storage.open_and_load();
}

void draw_app_frame(App& app) {
    const double now = platform::now_ms();
    keep_saving(app);
    // New text (typed, pasted, loaded, from another tab) beyond Latin-1 widens the font.
    const bool wider = !ui::covers(app.ui.fonts, std::max(app.widest_text, platform::take_widest_text_input()));
    if (platform::pixel_ratio_changed() || wider) {
        ui::build_fonts(app.ui.fonts, platform::display().pixel_ratio, app.ui.fonts.every_script || wider);
        platform::upload_fonts();
    }
    // Until every record is in, the page's own "Opening Onward…" stays up and nothing is
    // drawn: the journal is never shown half-loaded, and no slow early frame holds up the
    // storage callbacks. (The fonts above are built meanwhile.)
    if (!app.loaded) return;
    platform::begin_imgui_frame(now);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ui::begin_ui_frame(app.ui, vp->Size.x);

    // The bar stays at the top; below it one column, at most 720 px wide, centred, that
    // scrolls (its scrollbar at the window's edge).
    const float column = std::min(720.0f, vp->Size.x - 32.0f);
    const float side = std::max(16.0f, (vp->Size.x - column) / 2);
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin("Onward", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
    const ui::HeaderView header{save_status(app.saves), app.notices};
    if (ui::draw_header_bar(app.ui, header, side)) {
        app.screen = App::Screen::HelpNow;
        app.scroll_to_top = true;
    }
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(side, app.ui.phone ? 16.0f : 24.0f));
    // Flattened for keyboard navigation, so Tab runs from the bar into the page and on;
    // the scrollbar is always there, so the bar above can line up with the page below.
    ImGui::BeginChild("page", ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding,
                      ImGuiWindowFlags_NavFlattened | ImGuiWindowFlags_AlwaysVerticalScrollbar);
    ImGui::PopStyleVar();
    if (std::exchange(app.scroll_to_top, false)) ImGui::SetScrollY(0);
    ui::draw_alerts(app.ui, header);
    if (app.screen == App::Screen::HelpNow) {
        const ui::HelpNowIntent help = ui::draw_help_now(app.ui);
        if (!help.open_link.empty()) platform::open_link(help.open_link.c_str());
        if (help.back) {
            app.screen = App::Screen::Today;
            app.scroll_to_top = true;
        }
    } else {
        ui::TodayView view;
        view.day = calendar_day(local_now());
        if (app.today.at_change != app.journal_changes || app.today.day != view.day)
            app.today = {app.journal_changes, view.day, checkins_on(app.journal, view.day)};
        view.checkins = &app.today.checkins;
        view.emotion_vocabulary = &starter_emotions();
        view.save_state = save_status(app.saves).state;
        if (ui::draw_today(app.ui, app.form, view) == ui::TodayIntent::SaveCheckIn) {
            save_checkin(app);
            send_due(app.saves, app.storage, now);
            platform::wake();
        }
    }
    ImGui::Dummy(ImVec2(0, 24));
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::End();
    platform::render_imgui_frame();

    if (!app.announced_ready) {
        app.announced_ready = true;
        platform::mark_ready();
    }
}

} // namespace onward
