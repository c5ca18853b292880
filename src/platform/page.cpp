#include "platform/page.h"

#include <emscripten/emscripten.h>
#include <malloc.h>

#include "platform/frame_loop.h"

extern "C" {
void onward_js_restart();
void onward_js_start_afresh(const char* notice);
void onward_js_take_start_notice(char* out, int size);
}

namespace onward::platform {
namespace {
PageQuestions questions;
bool update_ready = false;
} // namespace

void answer_page_questions(const PageQuestions& q) { questions = q; }

bool new_version_ready() { return update_ready; }

void restart_with_new_version() { onward_js_restart(); }

void start_afresh(const std::string& notice) { onward_js_start_afresh(notice.c_str()); }

std::string take_start_notice() {
    char out[1024] = {};
    onward_js_take_start_notice(out, sizeof out);
    return out;
}

} // namespace onward::platform

extern "C" {
EMSCRIPTEN_KEEPALIVE void onward_on_update_ready() {
    onward::platform::update_ready = true;
    onward::platform::wake();
}

EMSCRIPTEN_KEEPALIVE int onward_has_unsaved() {
    const auto& q = onward::platform::questions;
    return q.has_unsaved_words && q.has_unsaved_words(q.user);
}

// Milliseconds one recomputation of the insights takes here, in wasm.
EMSCRIPTEN_KEEPALIVE double onward_test_insights_ms() {
    const auto& q = onward::platform::questions;
    if (!q.recompute_insights) return -1;
    const double start = emscripten_get_now();
    q.recompute_insights(q.user);
    return emscripten_get_now() - start;
}

// Bytes of the wasm heap in use by allocations now (the benchmark reports it beside the
// heap's size, which only ever grows).
EMSCRIPTEN_KEEPALIVE double onward_test_heap_used() { return double(mallinfo().uordblks); }

EMSCRIPTEN_KEEPALIVE const char* onward_test_widgets() {
    static std::string text; // lives until the next call; the page copies it at once
    const auto& q = onward::platform::questions;
    text = q.drawn_widgets_json ? q.drawn_widgets_json(q.user) : "[]";
    return text.c_str();
}
}
