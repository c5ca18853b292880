#include "platform/page.h"

#include <emscripten/emscripten.h>

namespace onward::platform {
namespace {
PageQuestions questions;
}

void answer_page_questions(const PageQuestions& q) { questions = q; }

} // namespace onward::platform

extern "C" {
EMSCRIPTEN_KEEPALIVE int onward_has_unsaved() {
    const auto& q = onward::platform::questions;
    return q.has_unsaved_words && q.has_unsaved_words(q.user);
}

EMSCRIPTEN_KEEPALIVE const char* onward_test_widgets() {
    static std::string text; // lives until the next call; the page copies it at once
    const auto& q = onward::platform::questions;
    text = q.drawn_widgets_json ? q.drawn_widgets_json(q.user) : "[]";
    return text.c_str();
}
}
