#include "platform/browser.h"

#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <GLES3/gl3.h>

#include <cmath>
#include <cstdio>
#include <utility>

#include "platform/frame_loop.h"
#include "platform/input.h"

extern "C" {
void onward_js_init();
void onward_js_ready();
void onward_js_fail(const char* why);
void onward_js_open_link(const char* url);
void onward_js_languages(char* out, int size);
void onward_js_locale(char* out, int size);
int onward_js_is_apple();
int onward_js_utc_offset_minutes(double unix_ms);
uint32_t onward_js_random32();
void onward_js_set_text_field(int active, float x, float y, float h);
void onward_js_set_cursor(const char* css);
void onward_js_set_clipboard(const char* text);
void onward_js_page_colour(const char* css, int dark);
void onward_js_remember_look(const char* theme, int text_percent);
int onward_js_remembered_look(char* theme, int size);
const char* onward_js_get_clipboard();
}

namespace onward::platform {
namespace {

Display the_display;
bool ratio_changed = true;
EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = 0;
bool text_field_active = false;
ImVec2 caret_pos;
float caret_height = 20;
ImGuiMouseCursor shown_cursor = ImGuiMouseCursor_COUNT;
bool reduced_motion = false;
bool dark_look = false, more_contrast = false;
double last_draw_ms = 0; // handing the frame to WebGL (in SwiftShader, also drawing it)

const char* css_cursor(ImGuiMouseCursor c) {
    switch (c) {
    case ImGuiMouseCursor_TextInput: return "text";
    case ImGuiMouseCursor_Hand: return "pointer";
    case ImGuiMouseCursor_NotAllowed: return "not-allowed";
    case ImGuiMouseCursor_None: return "none";
    default: return "default";
    }
}

void set_ime_data(ImGuiViewport*, ImGuiPlatformImeData* data) {
    // Keeps the hidden textarea under the caret, so IME candidates show next to the text.
    if (!data->WantVisible) return;
    caret_pos = data->InputPos;
    caret_height = data->InputLineHeight;
    onward_js_set_text_field(1, caret_pos.x, caret_pos.y, caret_height);
}

void set_clipboard(void*, const char* text) { onward_js_set_clipboard(text); }
const char* get_clipboard(void*) { return onward_js_get_clipboard(); }

} // namespace

bool start_browser() {
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.minorVersion = 0;
    attrs.alpha = EM_FALSE;
    attrs.antialias = EM_FALSE; // ImGui anti-aliases its own shapes
    attrs.depth = EM_FALSE;
    attrs.stencil = EM_FALSE;
    // WebGL2 has all ImGui needs. Enabling every extension up front costs a software
    // GPU hundreds of milliseconds at start.
    attrs.enableExtensionsByDefault = EM_FALSE;
    gl = emscripten_webgl_create_context("#canvas", &attrs);
    if (gl <= 0) return false;
    emscripten_webgl_make_context_current(gl);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // layout is code; nothing of ImGui's is stored
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false; // a blinking caret would mean frames forever
    io.BackendPlatformName = "onward_browser";
    io.SetClipboardTextFn = set_clipboard;
    io.GetClipboardTextFn = get_clipboard;
    io.SetPlatformImeDataFn = set_ime_data;
    // Cmd instead of Ctrl for shortcuts, Alt for word moves, as Mac and iOS people expect.
    io.ConfigMacOSXBehaviors = onward_js_is_apple() != 0;

    onward_js_init(); // reports the canvas size at once (onward_on_resize)
    install_input_callbacks();
    return ImGui_ImplOpenGL3_Init("#version 300 es");
}

void stop_browser(const char* why) {
    onward_js_fail(why);
}

const Display& display() { return the_display; }

bool pixel_ratio_changed() { return std::exchange(ratio_changed, false); }

void begin_imgui_frame(double now) {
    ImGuiIO& io = ImGui::GetIO();
    static double last = now;
    io.DeltaTime = float(now > last ? (now - last) / 1000.0 : 1.0 / 60.0);
    if (io.DeltaTime > 0.25f) io.DeltaTime = 0.25f; // after an idle gap, do not jump timers
    last = now;
    io.DisplaySize = ImVec2(the_display.width, the_display.height);
    io.DisplayFramebufferScale = ImVec2(the_display.pixel_ratio, the_display.pixel_ratio);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
}

void render_imgui_frame() {
    ImGui::Render();
    const ImGuiIO& io = ImGui::GetIO();
    const int w = int(std::lround(io.DisplaySize.x * io.DisplayFramebufferScale.x));
    const int h = int(std::lround(io.DisplaySize.y * io.DisplayFramebufferScale.y));
    glViewport(0, 0, w, h);
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    const double t0 = emscripten_get_now();
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    last_draw_ms = emscripten_get_now() - t0;

    // After the frame: does ImGui want a keyboard, and which pointer should show? The
    // field is (re)focused on every frame of editing: focus can wander (a click, the
    // window losing focus) while ImGui still edits.
    if (io.WantTextInput) onward_js_set_text_field(1, caret_pos.x, caret_pos.y, caret_height);
    else if (text_field_active) onward_js_set_text_field(0, 0, 0, 0);
    text_field_active = io.WantTextInput;
    const ImGuiMouseCursor cursor = ImGui::GetMouseCursor();
    if (cursor != shown_cursor) {
        shown_cursor = cursor;
        onward_js_set_cursor(css_cursor(cursor));
    }
}

double last_frame_draw_ms() { return last_draw_ms; }

void upload_fonts() {
    // The first time, compile ImGui's shaders too (which uploads the fonts as well): done
    // here, while the journal is still being read, it is off the first frame's path.
    static bool device_ready = false;
    if (!device_ready) {
        device_ready = ImGui_ImplOpenGL3_CreateDeviceObjects();
        return;
    }
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

bool prefers_reduced_motion() { return reduced_motion; }
bool prefers_dark() { return dark_look; }
bool prefers_more_contrast() { return more_contrast; }

void show_page_colour(uint32_t rgb, bool dark) {
    char css[8];
    std::snprintf(css, sizeof css, "#%06X", unsigned(rgb & 0xFFFFFF));
    onward_js_page_colour(css, dark ? 1 : 0);
}

void remember_look(const std::string& theme, int text_percent) {
    static std::string kept_theme;
    static int kept_percent = 0;
    if (theme == kept_theme && text_percent == kept_percent) return;
    kept_theme = theme;
    kept_percent = text_percent;
    onward_js_remember_look(theme.c_str(), text_percent);
}

bool remembered_look(std::string& theme, int& text_percent) {
    char out[32] = {};
    const int percent = onward_js_remembered_look(out, sizeof out);
    if (percent <= 0) return false;
    theme = out;
    text_percent = percent;
    return true;
}

double now_ms() { return emscripten_date_now(); }
int utc_offset_minutes(double unix_ms) { return onward_js_utc_offset_minutes(unix_ms); }
uint32_t random32() { return onward_js_random32(); }
void mark_ready() { onward_js_ready(); }
void open_link(const char* url) { onward_js_open_link(url); }

std::vector<std::string> languages() {
    char out[512];
    onward_js_languages(out, sizeof out);
    std::vector<std::string> tags(1);
    for (const char* c = out; *c; ++c) {
        if (*c == '\n') tags.emplace_back();
        else tags.back() += *c;
    }
    if (tags.back().empty()) tags.pop_back();
    return tags;
}

std::string locale_description() {
    char out[64];
    onward_js_locale(out, sizeof out);
    return out;
}


} // namespace onward::platform

extern "C" EMSCRIPTEN_KEEPALIVE void onward_on_reduced_motion(int reduce) {
    onward::platform::reduced_motion = reduce != 0;
    onward::platform::wake();
}

extern "C" EMSCRIPTEN_KEEPALIVE void onward_on_device_look(int dark, int more_contrast) {
    onward::platform::dark_look = dark != 0;
    onward::platform::more_contrast = more_contrast != 0;
    onward::platform::wake();
}

extern "C" EMSCRIPTEN_KEEPALIVE void onward_on_resize(double w, double h, double ratio, double top, double right,
                                                      double bottom, double left) {
    using namespace onward::platform;
    if (float(ratio) != the_display.pixel_ratio) ratio_changed = true;
    the_display = {float(w), float(h), float(ratio), float(top), float(right), float(bottom), float(left)};
    wake();
}

extern "C" {
EMSCRIPTEN_KEEPALIVE double onward_test_last_draw_ms() { return onward::platform::last_frame_draw_ms(); }
}
