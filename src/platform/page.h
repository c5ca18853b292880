// What the page (web/onward_platform.js) asks of the app between frames: whether
// leaving now would lose words (the browser then warns), and what the last frame drew
// (the test hook, and later the screen-reader mirror).
#pragma once
#include <string>

namespace onward::platform {

struct PageQuestions {
    bool (*has_unsaved_words)(void* user) = nullptr;
    std::string (*drawn_widgets_json)(void* user) = nullptr;
    // Works the insights out afresh (the benchmark times it: tests/bench/journal.mjs).
    void (*recompute_insights)(void* user) = nullptr;
    void* user = nullptr;
};

void answer_page_questions(const PageQuestions& q);

// A new version of Onward is installed and waits (web/sw.js): true once it is.
bool new_version_ready();
// Reloads into the new version. Words being written are already in their drafts (kept in
// storage like any record), so the app calls this once every save is in.
void restart_with_new_version();
// Reloads the page, forgetting everything held in memory (the passphrase's key too), and
// shows `notice` once the app has started again (empty: nothing).
void start_afresh(const std::string& notice);
// The notice start_afresh left for this start, once.
std::string take_start_notice();

} // namespace onward::platform
