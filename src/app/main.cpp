// Onward's entry point in the browser: start the platform, the app, and the frame loop.
#include <emscripten/emscripten.h>

#include <nlohmann/json.hpp>

#include "app/app.h"
#include "platform/browser.h"
#include "platform/frame_loop.h"

namespace {
onward::App* the_app = nullptr;
}

int main() {
    static onward::App app;
    the_app = &app;
    if (!onward::platform::start_browser()) {
        onward::platform::stop_browser("This browser could not start the graphics Onward needs (WebGL 2).");
        return 0;
    }
    onward::start_app(app);
    onward::platform::start_frame_loop([](void* a) { onward::draw_app_frame(*static_cast<onward::App*>(a)); },
                                       [](void* a) { onward::keep_saving(*static_cast<onward::App*>(a)); }, &app);
    return 0; // the runtime stays alive: the browser calls back for frames and events
}

extern "C" {
EMSCRIPTEN_KEEPALIVE int onward_has_unsaved() { return the_app && onward::has_unsaved_words(*the_app); }

// The test hook: every labelled widget of the last frame, in CSS pixels.
EMSCRIPTEN_KEEPALIVE const char* onward_test_widgets() {
    static std::string text;
    nlohmann::json list = nlohmann::json::array();
    if (the_app)
        for (const onward::ui::DrawnWidget& w : the_app->ui.drawn)
            list.push_back({{"label", w.label}, {"role", w.role}, {"value", w.value}, {"selected", w.selected},
                            {"focused", w.focused},
                            {"x", w.min.x}, {"y", w.min.y}, {"w", w.max.x - w.min.x}, {"h", w.max.y - w.min.y}});
    text = list.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return text.c_str();
}
}
