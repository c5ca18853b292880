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

} // namespace onward::platform
