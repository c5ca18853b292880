#include "platform/input.h"

#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <utility>

#include "platform/browser.h"
#include "platform/frame_loop.h"

namespace onward::platform {
namespace {

struct KeyName {
    const char* code;
    ImGuiKey key;
};

// DOM KeyboardEvent.code → ImGuiKey. Codes name physical keys, so shortcuts stay put on
// any keyboard layout; the characters themselves come from the text field.
const KeyName kKeys[] = {
    {"Tab", ImGuiKey_Tab}, {"ArrowLeft", ImGuiKey_LeftArrow}, {"ArrowRight", ImGuiKey_RightArrow},
    {"ArrowUp", ImGuiKey_UpArrow}, {"ArrowDown", ImGuiKey_DownArrow}, {"PageUp", ImGuiKey_PageUp},
    {"PageDown", ImGuiKey_PageDown}, {"Home", ImGuiKey_Home}, {"End", ImGuiKey_End},
    {"Insert", ImGuiKey_Insert}, {"Delete", ImGuiKey_Delete}, {"Backspace", ImGuiKey_Backspace},
    {"Space", ImGuiKey_Space}, {"Enter", ImGuiKey_Enter}, {"NumpadEnter", ImGuiKey_KeypadEnter},
    {"Escape", ImGuiKey_Escape}, {"ControlLeft", ImGuiKey_LeftCtrl}, {"ControlRight", ImGuiKey_RightCtrl},
    {"ShiftLeft", ImGuiKey_LeftShift}, {"ShiftRight", ImGuiKey_RightShift}, {"AltLeft", ImGuiKey_LeftAlt},
    {"AltRight", ImGuiKey_RightAlt}, {"MetaLeft", ImGuiKey_LeftSuper}, {"MetaRight", ImGuiKey_RightSuper},
    {"F1", ImGuiKey_F1}, {"F2", ImGuiKey_F2}, {"F3", ImGuiKey_F3}, {"F4", ImGuiKey_F4}, {"F5", ImGuiKey_F5},
    {"F6", ImGuiKey_F6}, {"F7", ImGuiKey_F7}, {"F8", ImGuiKey_F8}, {"F9", ImGuiKey_F9}, {"F10", ImGuiKey_F10},
    {"F11", ImGuiKey_F11}, {"F12", ImGuiKey_F12},
};

ImGuiKey key_for(const char* code) {
    if (std::strncmp(code, "Key", 3) == 0 && code[3] >= 'A' && code[3] <= 'Z' && code[4] == 0)
        return ImGuiKey(ImGuiKey_A + (code[3] - 'A'));
    if (std::strncmp(code, "Digit", 5) == 0 && code[5] >= '0' && code[5] <= '9' && code[6] == 0)
        return ImGuiKey(ImGuiKey_0 + (code[5] - '0'));
    for (const KeyName& k : kKeys)
        if (std::strcmp(code, k.code) == 0) return k.key;
    return ImGuiKey_None;
}

// Keys whose browser default would fight ImGui: moving focus out of the canvas,
// scrolling the page, or typing into the textarea a second time.
bool browser_must_not_see(ImGuiKey k) {
    switch (k) {
    case ImGuiKey_Tab: case ImGuiKey_LeftArrow: case ImGuiKey_RightArrow: case ImGuiKey_UpArrow:
    case ImGuiKey_DownArrow: case ImGuiKey_PageUp: case ImGuiKey_PageDown: case ImGuiKey_Home:
    case ImGuiKey_End: case ImGuiKey_Delete: case ImGuiKey_Backspace: case ImGuiKey_Enter:
    case ImGuiKey_KeypadEnter: case ImGuiKey_Escape: case ImGuiKey_Space:
        return true;
    default:
        return false;
    }
}

// Alt+N, Alt+S and Alt+H are the app's shortcuts (README, "Keyboard"). The browser must not
// act on them, and on a Mac, where Option+letter types a character ("˜", "ß", "˙"), that
// character must not land in the text field as well.
bool is_shortcut(ImGuiKey k, const EmscriptenKeyboardEvent* e) {
    return e->altKey && !e->ctrlKey && !e->metaKey && (k == ImGuiKey_N || k == ImGuiKey_S || k == ImGuiKey_H);
}

struct Modifiers {
    bool ctrl = false, shift = false, alt = false, super = false;
};
Modifiers held; // as of the last key event
std::vector<uint32_t> typed_beyond_latin1; // see take_typed_code_points

// Notes the code points beyond Latin-1 in text that arrived; a flood of them (a long paste
// in another script) is noted as its first few hundred, which is all the font check needs.
void note_typed(const char* utf8) {
    for (const char* p = utf8; *p && typed_beyond_latin1.size() < 256;) {
        unsigned int c = 0;
        p += ImTextCharFromUtf8(&c, p, nullptr);
        if (c >= 0x100 && std::find(typed_beyond_latin1.begin(), typed_beyond_latin1.end(), c) == typed_beyond_latin1.end())
            typed_beyond_latin1.push_back(c);
    }
}

bool is_modifier(ImGuiKey k) {
    return k == ImGuiKey_LeftCtrl || k == ImGuiKey_RightCtrl || k == ImGuiKey_LeftShift || k == ImGuiKey_RightShift ||
           k == ImGuiKey_LeftAlt || k == ImGuiKey_RightAlt || k == ImGuiKey_LeftSuper || k == ImGuiKey_RightSuper;
}

void set_modifiers(ImGuiIO& io, const EmscriptenKeyboardEvent* e) {
    held = {e->ctrlKey != 0, e->shiftKey != 0, e->altKey != 0, e->metaKey != 0};
    io.AddKeyEvent(ImGuiMod_Ctrl, e->ctrlKey);
    io.AddKeyEvent(ImGuiMod_Shift, e->shiftKey);
    io.AddKeyEvent(ImGuiMod_Alt, e->altKey);
    io.AddKeyEvent(ImGuiMod_Super, e->metaKey);
}

EM_BOOL on_key(int type, const EmscriptenKeyboardEvent* e, void*) {
    if (e->keyCode == 229) return EM_FALSE; // an IME is composing: the text field handles it
    ImGuiIO& io = ImGui::GetIO();
    const bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
    const ImGuiKey key = key_for(e->code);
    set_modifiers(io, e);
    const bool shortcut = (e->ctrlKey || e->metaKey) && !e->altKey;
    // Paste is left to the browser: its paste event carries the clipboard text, no
    // permission needed, and comes back as onward_on_paste.
    if (shortcut && key == ImGuiKey_V) {
        wake();
        return EM_FALSE;
    }
    // While text is typed, letter, digit and space keys matter only as the characters the
    // text field delivers. Passing their presses as well would make ImGui take one
    // character per frame (it spreads key changes over frames), so typing would lag
    // behind on a slow device.
    const bool typing = io.WantTextInput && !shortcut && !e->altKey &&
                        ((key >= ImGuiKey_A && key <= ImGuiKey_Z) || (key >= ImGuiKey_0 && key <= ImGuiKey_9) ||
                         key == ImGuiKey_Space);
    if (key != ImGuiKey_None && !(typing && down)) io.AddKeyEvent(key, down);
    if (io.ConfigMacOSXBehaviors && key != ImGuiKey_None && !is_modifier(key)) {
        // A Mac sends no key-up for a key pressed while Cmd is held: release it at once,
        // or ImGui would think it still held (an arrow would repeat for ever).
        if (down && e->metaKey) io.AddKeyEvent(key, false);
    }
    if (io.ConfigMacOSXBehaviors && !down && (key == ImGuiKey_LeftSuper || key == ImGuiKey_RightSuper))
        for (int k = ImGuiKey_NamedKey_BEGIN; k < ImGuiKey_NamedKey_END; ++k)
            if (!is_modifier(ImGuiKey(k)) && ImGui::IsKeyDown(ImGuiKey(k))) io.AddKeyEvent(ImGuiKey(k), false);
    wake();
    if (shortcut && down && (key == ImGuiKey_C || key == ImGuiKey_X)) {
        // Let ImGui copy now, inside the key press, so the copy event that follows can
        // hand its text to the system clipboard.
        run_frames_now();
        return EM_FALSE;
    }
    if (shortcut && key == ImGuiKey_A) return EM_TRUE; // select all in the field, not the page
    if (is_shortcut(key, e)) return EM_TRUE;
    // Space types a character in a text field; elsewhere it presses the focused button.
    if (key == ImGuiKey_Space && io.WantTextInput) return EM_FALSE;
    return browser_must_not_see(key) ? EM_TRUE : EM_FALSE;
}

EM_BOOL on_mouse(int type, const EmscriptenMouseEvent* e, void*) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
    io.AddMousePosEvent(float(e->targetX), float(e->targetY));
    if ((type == EMSCRIPTEN_EVENT_MOUSEDOWN || type == EMSCRIPTEN_EVENT_MOUSEUP) && e->button <= 2) {
        static const int kImGuiButton[] = {0, 2, 1}; // DOM: left, middle, right
        io.AddMouseButtonEvent(kImGuiButton[e->button], type == EMSCRIPTEN_EVENT_MOUSEDOWN);
    }
    wake();
    // A press focuses the canvas, except while text is being edited: then the hidden
    // field keeps the focus (and the keyboard) until ImGui says editing has ended.
    if (type == EMSCRIPTEN_EVENT_MOUSEDOWN) return io.WantTextInput ? EM_TRUE : EM_FALSE;
    return EM_TRUE;
}

EM_BOOL on_mouse_leave(int, const EmscriptenMouseEvent*, void*) {
    ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    wake();
    return EM_FALSE;
}

EM_BOOL on_wheel(int, const EmscriptenWheelEvent* e, void*) {
    // ImGui scrolls 5 lines per unit; browsers report pixels, lines or pages.
    float scale = 1.0f / 100.0f;
    if (e->deltaMode == DOM_DELTA_LINE) scale = 1.0f / 3.0f;
    else if (e->deltaMode == DOM_DELTA_PAGE) scale = 1.0f;
    ImGui::GetIO().AddMouseWheelEvent(float(-e->deltaX) * scale, float(-e->deltaY) * scale);
    wake();
    return EM_TRUE;
}

// Touch: a tap is a click at the finger; a drag scrolls what is under it. The press is
// sent only when the finger lifts without having moved, so a scroll never clicks.
struct Touch {
    long id = -1;
    float start_x = 0, start_y = 0, last_y = 0, last_x = 0;
    bool dragging = false;
};
Touch touch;
constexpr float kDragThreshold = 10.0f; // CSS px a finger may wobble during a tap

// A flick glides on after the finger lifts, as on a phone's own pages: at the speed the
// finger had over its last moments, slowing exponentially (iOS's time constant), until it
// is too slow to see. A finger that stopped before lifting, or a slow drag, does not glide.
struct Point {
    double ms;
    float x, y;
};
// The finger's positions over the last kTrailMs, timed by the events themselves (the
// same clock as performance.now), so a page busy drawing does not distort the speed.
std::vector<Point> trail;
struct Glide {
    bool on = false;
    float vx = 0, vy = 0; // CSS px per ms
    double last_ms = 0;
};
Glide glide_now;
constexpr double kTrailMs = 100;
constexpr double kGlideTimeConstantMs = 325;
constexpr float kFlickSpeed = 0.3f; // px/ms: slower than this is a drag that simply stops
constexpr float kStillSpeed = 0.02f; // px/ms: the glide ends here (under 7 px left to go)

// One wheel unit scrolls 5 lines of the current font in ImGui (no font before the first
// frame: any unit will do then).
float wheel_unit() { return ImGui::GetFontSize() > 0 ? 5.0f * ImGui::GetFontSize() : 85.0f; }

void follow_finger(double now, float x, float y) {
    trail.push_back({now, x, y});
    trail.erase(trail.begin(), std::find_if(trail.begin(), trail.end(),
                                            [&](const Point& p) { return p.ms >= now - kTrailMs; }));
}

// The finger lifted from a drag at (x, y): glide if it was moving fast enough.
void start_glide(double now, float x, float y) {
    follow_finger(now, x, y);
    const Point& first = trail.front();
    const double dt = now - first.ms;
    // With reduced motion the page moves only while the finger moves it: content sliding on
    // by itself is the kind of motion the setting asks to be spared.
    if (dt < 10 || prefers_reduced_motion()) return;
    const float vx = float((x - first.x) / dt), vy = float((y - first.y) / dt);
    if (std::hypot(vx, vy) < kFlickSpeed) return;
    glide_now = {true, vx, vy, now};
}

const EmscriptenTouchPoint* changed_point(const EmscriptenTouchEvent* e, long id) {
    for (int i = 0; i < e->numTouches; ++i)
        if (e->touches[i].isChanged && (id < 0 || e->touches[i].identifier == id)) return &e->touches[i];
    return nullptr;
}

EM_BOOL on_touch(int type, const EmscriptenTouchEvent* e, void*) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    if (type == EMSCRIPTEN_EVENT_TOUCHSTART) {
        const EmscriptenTouchPoint* p = changed_point(e, -1);
        if (p && touch.id < 0) {
            glide_now.on = false; // a finger on the glass holds the page still
            trail.clear();
            touch = {p->identifier, float(p->targetX), float(p->targetY), float(p->targetY), float(p->targetX), false};
            follow_finger(e->timestamp, touch.start_x, touch.start_y);
            io.AddMousePosEvent(touch.start_x, touch.start_y);
        }
    } else if (const EmscriptenTouchPoint* p = changed_point(e, touch.id); p && touch.id >= 0) {
        const float x = float(p->targetX), y = float(p->targetY);
        if (type == EMSCRIPTEN_EVENT_TOUCHMOVE) {
            if (!touch.dragging && std::hypot(x - touch.start_x, y - touch.start_y) > kDragThreshold)
                touch.dragging = true;
            if (touch.dragging) {
                const float unit = wheel_unit();
                follow_finger(e->timestamp, x, y);
                io.AddMousePosEvent(x, y);
                io.AddMouseWheelEvent((x - touch.last_x) / unit, (y - touch.last_y) / unit);
                touch.last_x = x;
                touch.last_y = y;
            }
        } else {
            if (type == EMSCRIPTEN_EVENT_TOUCHEND && !touch.dragging) {
                io.AddMousePosEvent(touch.start_x, touch.start_y);
                io.AddMouseButtonEvent(0, true);
                io.AddMouseButtonEvent(0, false);
                // Inside the touch handler, so focusing the text field raises the keyboard.
                run_frames_now();
            }
            if (type == EMSCRIPTEN_EVENT_TOUCHEND && touch.dragging) start_glide(e->timestamp, x, y);
            // No hover left behind by a finger. A glide still scrolls the page it started on:
            // ImGui keeps wheel input on the window it last scrolled.
            io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
            touch.id = -1;
        }
    }
    wake();
    return EM_TRUE; // no emulated mouse events, no browser scrolling or zooming
}

EM_BOOL on_focus(int type, const EmscriptenFocusEvent*, void*) {
    ImGui::GetIO().AddFocusEvent(type == EMSCRIPTEN_EVENT_FOCUS);
    wake();
    return EM_FALSE;
}

} // namespace

std::vector<uint32_t> take_typed_code_points() { return std::exchange(typed_beyond_latin1, {}); }

bool glide(double now_ms) {
    Glide& g = glide_now;
    if (!g.on) return false;
    // How far the page moves from the last frame to this one, and how much speed is left:
    // the integral of v·e^(−t/τ) over the frame.
    const double dt = std::max(0.0, now_ms - g.last_ms);
    const float keep = float(std::exp(-dt / kGlideTimeConstantMs));
    const float travel = float(kGlideTimeConstantMs) * (1 - keep);
    const float unit = wheel_unit();
    ImGui::GetIO().AddMouseWheelEvent(g.vx * travel / unit, g.vy * travel / unit);
    g.vx *= keep;
    g.vy *= keep;
    g.last_ms = now_ms;
    g.on = std::hypot(g.vx, g.vy) >= kStillSpeed;
    return true;
}

void install_input_callbacks() {
    const char* canvas = "#canvas";
    const char* win = EMSCRIPTEN_EVENT_TARGET_WINDOW;
    emscripten_set_keydown_callback(win, nullptr, EM_TRUE, on_key);
    emscripten_set_keyup_callback(win, nullptr, EM_TRUE, on_key);
    emscripten_set_mousedown_callback(canvas, nullptr, EM_TRUE, on_mouse);
    // Moves and releases are watched on the window, so a drag that leaves the canvas ends.
    emscripten_set_mousemove_callback(win, nullptr, EM_TRUE, on_mouse);
    emscripten_set_mouseup_callback(win, nullptr, EM_TRUE, on_mouse);
    emscripten_set_mouseleave_callback(canvas, nullptr, EM_TRUE, on_mouse_leave);
    emscripten_set_wheel_callback(canvas, nullptr, EM_TRUE, on_wheel);
    emscripten_set_touchstart_callback(canvas, nullptr, EM_TRUE, on_touch);
    emscripten_set_touchmove_callback(canvas, nullptr, EM_TRUE, on_touch);
    emscripten_set_touchend_callback(canvas, nullptr, EM_TRUE, on_touch);
    emscripten_set_touchcancel_callback(canvas, nullptr, EM_TRUE, on_touch);
    emscripten_set_focus_callback(win, nullptr, EM_TRUE, on_focus);
    emscripten_set_blur_callback(win, nullptr, EM_TRUE, on_focus);
}

} // namespace onward::platform

extern "C" {
EMSCRIPTEN_KEEPALIVE void onward_on_text(const char* utf8) {
    onward::platform::note_typed(utf8);
    ImGui::GetIO().AddInputCharactersUTF8(utf8);
    onward::platform::wake();
}
// The text field received a paste (keyboard, menu or long press): the text is waiting in
// the page's clipboard copy, and ImGui's own Ctrl+V takes it from there.
EMSCRIPTEN_KEEPALIVE void onward_on_paste(const char* utf8) {
    using onward::platform::held;
    onward::platform::note_typed(utf8);
    ImGuiIO& io = ImGui::GetIO();
    // ImGui pastes on exactly its shortcut modifier (Cmd on a Mac) with V: nothing else held.
    const bool mac = io.ConfigMacOSXBehaviors;
    io.AddKeyEvent(ImGuiMod_Shift, false);
    io.AddKeyEvent(ImGuiMod_Alt, false);
    io.AddKeyEvent(ImGuiMod_Ctrl, !mac);
    io.AddKeyEvent(ImGuiMod_Super, mac);
    io.AddKeyEvent(ImGuiKey_V, true);
    io.AddKeyEvent(ImGuiKey_V, false);
    io.AddKeyEvent(ImGuiMod_Ctrl, held.ctrl);
    io.AddKeyEvent(ImGuiMod_Shift, held.shift);
    io.AddKeyEvent(ImGuiMod_Alt, held.alt);
    io.AddKeyEvent(ImGuiMod_Super, held.super);
    onward::platform::wake();
}
// Editing keys that came as text-field input rather than key events (phone keyboards).
EMSCRIPTEN_KEEPALIVE void onward_on_edit_key(int which) {
    static const ImGuiKey kKey[] = {ImGuiKey_None, ImGuiKey_Enter, ImGuiKey_Backspace, ImGuiKey_Delete};
    if (which < 1 || which > 3) return;
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(kKey[which], true);
    io.AddKeyEvent(kKey[which], false);
    onward::platform::wake();
}
}
