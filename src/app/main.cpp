// Onward's entry point in the browser: start the platform, the app, and the frame loop.
#include "app/app.h"
#include "app/app_actions.h"
#include "core/locale.h"
#include "core/say.h"
#include "platform/browser.h"
#include "platform/frame_loop.h"
#include "platform/page.h"

int main() {
    static onward::App app;
    // The person's words and locale, before anything is drawn or said.
    onward::use_locale(onward::locale_from_browser(onward::platform::locale_description()));
    onward::use_translation(
        onward::choose_translation(onward::platform::languages(), onward::shipped_translations()));
    if (!onward::platform::start_browser()) {
        onward::platform::stop_browser(onward::tr("This browser could not start the graphics Onward needs (WebGL 2)."));

        return 0;
    }
    onward::start_app(app);
    onward::platform::PageQuestions q;
    q.has_unsaved_words = [](void* p) { return onward::has_unsaved_words(*static_cast<onward::App*>(p)); };
    q.drawn_widgets_json = [](void* p) { return onward::drawn_widgets_json(*static_cast<onward::App*>(p)); };
    q.recompute_insights = [](void* p) {
        onward::App& a = *static_cast<onward::App*>(p);
        a.insights.at_change = ~uint64_t(0);
        onward::current_insights(a);
    };
    q.user = &app;
    onward::platform::answer_page_questions(q);
    onward::platform::start_frame_loop([](void* p) { onward::draw_app_frame(*static_cast<onward::App*>(p)); },
                                       [](void* p) { onward::keep_saving(*static_cast<onward::App*>(p)); }, &app);
    return 0; // the runtime stays alive: the browser calls back for frames and events
}
