#include "platform/screen_reader.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "core/say.h"

extern "C" {
void onward_js_reader_show(const char* mirror_json);
void onward_js_reader_say(const char* words, int urgent);
void onward_js_show_field(const char* label, const char* text, int start, int end);
}

namespace onward::platform {
namespace {

// A screen reader gets at most this much of one text: a 1 MB note would make every frame
// that touches it slow, and nobody listens to 20 000 characters in one go.
constexpr size_t kMirroredBytes = 20000;
constexpr int kFieldWindow = 20000; // code points of the edited text around the caret

std::string capped(const std::string& text) {
    if (text.size() <= kMirroredBytes) return text;
    size_t end = kMirroredBytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end; // not mid-character
    return text.substr(0, end) + "\xE2\x80\xA6";
}

struct Heard {
    bool first = true;
    std::string mirror;                          // the last list sent to the page
    std::string title;
    std::map<std::string, std::string> statuses; // label -> value, last frame
    std::set<std::string> alerts;                // label + value, last frame
    std::string field;                           // the edited field as last sent
} heard;

// The field being edited, as the hidden textarea should hold it: its words around the
// caret (never a passphrase's: only how long it is), the caret in UTF-16 units.
void show_text_field(const std::vector<ui::DrawnWidget>& drawn) {
    const ImGuiInputTextState* st = ImGui::GetInputTextState(ImGui::GetActiveID());
    const auto edited = std::find_if(drawn.begin(), drawn.end(), [](const ui::DrawnWidget& w) { return w.editing; });
    if (!st || edited == drawn.end()) {
        heard.field.clear(); // the page empties the field when editing ends
        return;
    }
    std::string label = edited->label, text;
    int start = 0, end = 0;
    if (st->Flags & ImGuiInputTextFlags_Password) {
        label += ", " + trn("{n} character", "{n} characters", st->CurLenW);
    } else {
        const int n = st->CurLenW;
        const int from = std::clamp(st->Stb.cursor - kFieldWindow / 2, 0, std::max(0, n - kFieldWindow));
        const int to = std::min(n, from + kFieldWindow);
        const ImWchar* w = st->TextW.Data;
        text.resize(size_t(ImTextCountUtf8BytesFromStr(w + from, w + to)) + 1);
        text.resize(size_t(ImTextStrToUtf8(text.data(), int(text.size()), w + from, w + to)));
        const auto utf16 = [&](int at) {
            int units = 0;
            for (int i = from; i < std::clamp(at, from, to); ++i) units += w[i] > 0xFFFF ? 2 : 1;
            return units;
        };
        start = utf16(std::min(st->Stb.select_start, st->Stb.select_end));
        end = utf16(std::max(st->Stb.select_start, st->Stb.select_end));
        if (start == end) start = end = utf16(st->Stb.cursor);
    }
    std::string sent = label + '\0' + text + '\0' + std::to_string(start) + ' ' + std::to_string(end);
    if (sent == heard.field) return;
    heard.field = std::move(sent);
    onward_js_show_field(label.c_str(), text.c_str(), start, end);
}

} // namespace

void tell_screen_reader(const std::string& title, const std::vector<ui::DrawnWidget>& drawn) {
    show_text_field(drawn);
    const bool typing = ImGui::GetIO().WantTextInput;

    nlohmann::json items = nlohmann::json::array();
    std::map<std::string, std::string> statuses;
    std::set<std::string> alerts;
    for (const ui::DrawnWidget& w : drawn) {
        std::string value = w.more.empty() ? capped(w.value) : capped(w.value) + " \xC2\xB7 " + capped(w.more);
        items.push_back({w.role, w.label, value, w.selected, w.focused});
        if (w.role == "status") statuses[w.label] = w.value;
        if (w.role == "alert") alerts.insert(w.label + '\n' + w.value);
    }

    // Said once, when it changes: a new screen, a status settling (a save done, not the
    // "Saving…" on the way, and not while the person types: drafts save as they write),
    // an alert that was not there before (at once, over anything else being said).
    if (title != heard.title) onward_js_reader_say(title.c_str(), 0);
    for (const auto& [label, value] : statuses) {
        const auto was = heard.statuses.find(label);
        const bool settled = !value.empty() && value.compare(value.size() - std::min<size_t>(3, value.size()), 3,
                                                             "\xE2\x80\xA6") != 0;
        if (!heard.first && !typing && settled && (was == heard.statuses.end() || was->second != value))
            onward_js_reader_say(value.c_str(), 0);
    }
    for (const std::string& a : alerts)
        if (!heard.alerts.count(a)) onward_js_reader_say(a.substr(a.find('\n') + 1).c_str(), 1);
    heard.first = false;
    heard.title = title;
    heard.statuses = std::move(statuses);
    heard.alerts = std::move(alerts);

    std::string mirror = nlohmann::json{{"title", title}, {"items", std::move(items)}}.dump(
        -1, ' ', false, nlohmann::json::error_handler_t::replace);
    if (mirror == heard.mirror) return; // nothing a screen reader would notice changed
    heard.mirror = std::move(mirror);
    onward_js_reader_show(heard.mirror.c_str());
}

} // namespace onward::platform
