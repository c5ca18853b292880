#include "platform/frame_loop.h"

#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_internal.h>

#include "platform/browser.h"
#include "platform/input.h"

extern "C" void onward_js_wake_after(double ms);

namespace onward::platform {
namespace {

struct Loop {
    FrameFunction fn = nullptr;
    FrameFunction background = nullptr;
    void* user = nullptr;
    int frames_wanted = 0;
    bool scheduled = false;
    bool visible = true;
    bool drawing = false;
    double frames = 0;
    double last_cpu_ms = 0;
};
Loop loop;

bool input_waiting() { return ImGui::GetCurrentContext()->InputEventsQueue.Size > 0; }

void draw_one() {
    if (loop.drawing || !loop.fn) return;
    loop.drawing = true;
    const double t0 = emscripten_get_now();
    const int imgui_frames = ImGui::GetFrameCount();
    loop.fn(loop.user);
    loop.last_cpu_ms = emscripten_get_now() - t0;
    loop.frames += 1;
    loop.drawing = false;
    if (loop.frames_wanted > 0) --loop.frames_wanted;
    // Input ImGui has not consumed yet (a click's press and release are split over two
    // frames) needs frames of its own; but only once the app draws ImGui frames at all
    // (before the journal is loaded it does not, and the input simply waits).
    if (ImGui::GetFrameCount() != imgui_frames && input_waiting() && loop.frames_wanted < 2) loop.frames_wanted = 2;
}

EM_BOOL on_animation_frame(double, void*) {
    loop.scheduled = false;
    if (!loop.visible) return EM_FALSE;
    // A gliding page asks for the frame after this one, and stops asking when it stops.
    if (glide(emscripten_get_now()) && loop.frames_wanted < 2) loop.frames_wanted = 2;
    draw_one();
    if (loop.frames_wanted > 0) wake(0);
    return EM_FALSE;
}

} // namespace

void start_frame_loop(FrameFunction draw, FrameFunction background, void* user) {
    loop.fn = draw;
    loop.background = background;
    loop.user = user;
    wake();
}

void wake(int frames) {
    if (!loop.visible) {
        // Nothing is drawn while hidden, but what happened (a storage answer) may still
        // need handling: a failed save must be retried even in a background tab.
        if (loop.background) onward_js_wake_after(0);
        return;
    }
    if (frames > loop.frames_wanted) loop.frames_wanted = frames;
    if (loop.scheduled || loop.frames_wanted == 0) return;
    loop.scheduled = true;
    emscripten_request_animation_frame(on_animation_frame, nullptr);
}

void wake_after(double ms) { onward_js_wake_after(ms); }

void run_frames_now() {
    for (int i = 0; i < 8; ++i) {
        const int before = ImGui::GetFrameCount();
        draw_one();
        if (ImGui::GetFrameCount() == before || !input_waiting()) break;
    }
    if (loop.frames_wanted > 0) wake(0);
}
double frame_count() { return loop.frames; }
double last_frame_cpu_ms() { return loop.last_cpu_ms; }

} // namespace onward::platform

extern "C" {
EMSCRIPTEN_KEEPALIVE void onward_on_timer() {
    using onward::platform::loop;
    if (loop.background) loop.background(loop.user);
    if (loop.visible) onward::platform::wake();
}
EMSCRIPTEN_KEEPALIVE void onward_on_visibility(int visible) {
    using onward::platform::loop;
    loop.visible = visible != 0;
    if (loop.background) loop.background(loop.user); // e.g. hand waiting saves over before the tab sleeps
    if (visible) onward::platform::wake();
}
EMSCRIPTEN_KEEPALIVE double onward_test_frame_count() { return onward::platform::frame_count(); }
// True when no frame is pending: every input so far has been drawn.
EMSCRIPTEN_KEEPALIVE int onward_test_idle() {
    return !onward::platform::loop.scheduled && onward::platform::loop.frames_wanted == 0;
}
EMSCRIPTEN_KEEPALIVE double onward_test_last_frame_ms() { return onward::platform::last_frame_cpu_ms(); }
}
