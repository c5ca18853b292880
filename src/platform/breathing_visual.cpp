#include "platform/breathing_visual.h"

#include <GLES3/gl3.h>
#include <emscripten/emscripten.h>

#include <array>
#include <cstddef>
#include <vector>

// shaders/breathing.vert and .frag, embedded by scripts/embed_file.cmake: raw bytes, not
// null-terminated, so they are handed to GL with explicit lengths.
extern const unsigned char kBreathingVert[];
extern const size_t kBreathingVertSize;
extern const unsigned char kBreathingFrag[];
extern const size_t kBreathingFragSize;

namespace onward::platform {
namespace {

struct Program {
    GLuint program = 0;
    GLuint vao = 0; // empty: the quad comes from gl_VertexID, but WebGL2 still wants one bound
    GLint rect = -1, fill = -1, cue = -1, time = -1, aspect = -1, form = -1, glow = -1, cue_colour = -1;
    bool ready = false;
    bool failed = false; // tried and WebGL refused: do not try (and log) again
};
Program prog;

// What one add_breathing_visual call asks for. The draw list only keeps a pointer until
// ImGui renders at the end of the frame, so the parameters live here, in a few slots
// reused in turn: a frame shows at most a couple of visuals, far fewer than the slots.
struct Params {
    ImVec2 min, max;
    float fill = 0, cue = 0, time_s = 0;
    ImVec4 form, glow, cue_colour;
};
std::array<Params, 4> slots;
size_t next_slot = 0;

// Says in the console why a shader or the program failed: `get_iv` and `get_log` are
// the shader or the program flavour of the GL calls.
void log_failure(const char* what, GLuint object, void (*get_iv)(GLuint, GLenum, GLint*),
                 void (*get_log)(GLuint, GLsizei, GLsizei*, GLchar*)) {
    GLint log_length = 0;
    get_iv(object, GL_INFO_LOG_LENGTH, &log_length);
    std::vector<char> info(static_cast<size_t>(log_length > 0 ? log_length : 0) + 1, '\0');
    get_log(object, static_cast<GLsizei>(info.size()), nullptr, info.data());
    emscripten_log(EM_LOG_CONSOLE | EM_LOG_WARN, "Onward: the breathing visual's %s failed: %s", what,
                   info[0] ? info.data() : "(no log)");
}

GLuint compile(GLenum type, const unsigned char* bytes, size_t size) {
    const GLuint shader = glCreateShader(type);
    if (shader == 0) return 0;
    const GLchar* source = reinterpret_cast<const GLchar*>(bytes);
    const GLint length = static_cast<GLint>(size);
    glShaderSource(shader, 1, &source, &length);
    glCompileShader(shader);
    GLint ok = GL_FALSE;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (ok == GL_TRUE) return shader;
    log_failure(type == GL_VERTEX_SHADER ? "vertex shader" : "fragment shader", shader, glGetShaderiv,
                glGetShaderInfoLog);
    glDeleteShader(shader);
    return 0;
}

GLuint link(GLuint vert, GLuint frag) {
    const GLuint program = glCreateProgram();
    if (program == 0) return 0;
    glAttachShader(program, vert);
    glAttachShader(program, frag);
    glLinkProgram(program);
    // The program keeps what it linked; the shader objects are no longer needed.
    glDetachShader(program, vert);
    glDetachShader(program, frag);
    GLint ok = GL_FALSE;
    glGetProgramiv(program, GL_LINK_STATUS, &ok);
    if (ok == GL_TRUE) return program;
    log_failure("program link", program, glGetProgramiv, glGetProgramInfoLog);
    glDeleteProgram(program);
    return 0;
}

// Runs while the ImGui OpenGL3 backend renders the draw list, at the callback's place in
// its order. The backend hands over with its own state bound (program, VAO, blend,
// scissor of the previous command); the ImDrawCallback_ResetRenderState queued right after
// this callback makes it set all of that again, so here we set only what we need.
void paint(const ImDrawList*, const ImDrawCmd* cmd) {
    if (!prog.ready || cmd->UserCallbackData == nullptr) return;
    const Params& p = *static_cast<const Params*>(cmd->UserCallbackData);
    const ImDrawData* dd = ImGui::GetDrawData();
    if (dd == nullptr || dd->DisplaySize.x <= 0 || dd->DisplaySize.y <= 0) return;

    // The same framebuffer size and clip arithmetic as the backend, so the form lines up
    // with the ImGui shapes around it to the pixel.
    const ImVec2 off = dd->DisplayPos;
    const ImVec2 scale = dd->FramebufferScale;
    const int fb_width = static_cast<int>(dd->DisplaySize.x * scale.x);
    const int fb_height = static_cast<int>(dd->DisplaySize.y * scale.y);
    if (fb_width <= 0 || fb_height <= 0) return;
    const ImVec2 clip_min((cmd->ClipRect.x - off.x) * scale.x, (cmd->ClipRect.y - off.y) * scale.y);
    const ImVec2 clip_max((cmd->ClipRect.z - off.x) * scale.x, (cmd->ClipRect.w - off.y) * scale.y);
    if (clip_max.x <= clip_min.x || clip_max.y <= clip_min.y) return;

    glViewport(0, 0, static_cast<GLsizei>(fb_width), static_cast<GLsizei>(fb_height));
    glEnable(GL_SCISSOR_TEST);
    glScissor(static_cast<GLint>(clip_min.x), static_cast<GLint>(static_cast<float>(fb_height) - clip_max.y),
              static_cast<GLsizei>(clip_max.x - clip_min.x), static_cast<GLsizei>(clip_max.y - clip_min.y));
    // Straight alpha over the card, exactly as ImGui blends its own shapes.
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);

    // ImGui screen coordinates -> clip space (y up). The rect is (left, bottom, right, top).
    const auto ndc_x = [&](float x) { return (x - off.x) / dd->DisplaySize.x * 2.0f - 1.0f; };
    const auto ndc_y = [&](float y) { return 1.0f - (y - off.y) / dd->DisplaySize.y * 2.0f; };
    const float width = p.max.x - p.min.x;
    const float height = p.max.y - p.min.y;

    glUseProgram(prog.program);
    glBindVertexArray(prog.vao);
    glUniform4f(prog.rect, ndc_x(p.min.x), ndc_y(p.max.y), ndc_x(p.max.x), ndc_y(p.min.y));
    glUniform1f(prog.fill, p.fill);
    glUniform1f(prog.cue, p.cue);
    glUniform1f(prog.time, p.time_s);
    glUniform1f(prog.aspect, width / height);
    glUniform4f(prog.form, p.form.x, p.form.y, p.form.z, p.form.w);
    glUniform4f(prog.glow, p.glow.x, p.glow.y, p.glow.z, p.glow.w);
    glUniform4f(prog.cue_colour, p.cue_colour.x, p.cue_colour.y, p.cue_colour.z, p.cue_colour.w);
    glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
}

} // namespace

bool prepare_breathing_visual() {
    if (prog.ready) return true;
    if (prog.failed) return false;
    prog.failed = true; // until proven otherwise below
    const GLuint vert = compile(GL_VERTEX_SHADER, kBreathingVert, kBreathingVertSize);
    const GLuint frag = vert != 0 ? compile(GL_FRAGMENT_SHADER, kBreathingFrag, kBreathingFragSize) : 0;
    const GLuint program = (vert != 0 && frag != 0) ? link(vert, frag) : 0;
    if (vert != 0) glDeleteShader(vert);
    if (frag != 0) glDeleteShader(frag);
    if (program == 0) return false;

    // The backend's state is not ours to leave changed: the VAO binding is put back.
    GLint last_vao = 0;
    glGetIntegerv(GL_VERTEX_ARRAY_BINDING, &last_vao);
    glGenVertexArrays(1, &prog.vao);
    glBindVertexArray(prog.vao);
    glBindVertexArray(static_cast<GLuint>(last_vao));
    if (prog.vao == 0) {
        emscripten_log(EM_LOG_CONSOLE | EM_LOG_WARN, "Onward: no vertex array for the breathing visual");
        glDeleteProgram(program);
        return false;
    }

    prog.program = program;
    prog.rect = glGetUniformLocation(program, "u_rect");
    prog.fill = glGetUniformLocation(program, "u_fill");
    prog.cue = glGetUniformLocation(program, "u_cue");
    prog.time = glGetUniformLocation(program, "u_time");
    prog.aspect = glGetUniformLocation(program, "u_aspect");
    prog.form = glGetUniformLocation(program, "u_form");
    prog.glow = glGetUniformLocation(program, "u_glow");
    prog.cue_colour = glGetUniformLocation(program, "u_cue_colour");
    prog.failed = false;
    prog.ready = true;
    return true;
}


void add_breathing_visual(ImDrawList* dl, ImVec2 min, ImVec2 max, float fill, float cue, float time_s,
                          ImU32 form, ImU32 glow, ImU32 cue_colour) {
    if (!prog.ready || dl == nullptr || max.x <= min.x || max.y <= min.y) return;
    // Wholly clipped away (scrolled off the card): nothing to paint, no state to reset.
    const ImVec2 clip_min = dl->GetClipRectMin();
    const ImVec2 clip_max = dl->GetClipRectMax();
    if (max.x <= clip_min.x || max.y <= clip_min.y || min.x >= clip_max.x || min.y >= clip_max.y) return;

    Params& p = slots[next_slot];
    next_slot = (next_slot + 1) % slots.size();
    p.min = min;
    p.max = max;
    p.fill = fill;
    p.cue = cue;
    p.time_s = time_s;
    p.form = ImGui::ColorConvertU32ToFloat4(form);
    p.glow = ImGui::ColorConvertU32ToFloat4(glow);
    p.cue_colour = ImGui::ColorConvertU32ToFloat4(cue_colour);
    dl->AddCallback(paint, &p);
    // Hands the GL state back to the backend for the ImGui items drawn after us.
    dl->AddCallback(ImDrawCallback_ResetRenderState, nullptr);
}

} // namespace onward::platform
