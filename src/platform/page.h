// What the page (web/onward_platform.js) asks of the app between frames: whether
// leaving now would lose words (the browser then warns), and what the last frame drew
// (the test hook, and later the screen-reader mirror).
#pragma once
#include <string>

namespace onward::platform {

struct PageQuestions {
    bool (*has_unsaved_words)(void* user) = nullptr;
    std::string (*drawn_widgets_json)(void* user) = nullptr;
    void* user = nullptr;
};

void answer_page_questions(const PageQuestions& q);

// A new version of Onward is installed and waits (web/sw.js): true once it is.
bool new_version_ready();
// Reloads into the new version. `draft` (words not yet saved) is kept for this tab and
// handed back by take_draft() after the reload.
void restart_with_new_version(const std::string& draft);
std::string take_draft(); // empty when there is none

} // namespace onward::platform
