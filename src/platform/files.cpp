#include "platform/files.h"

#include <emscripten/emscripten.h>

#include <utility>
#include <vector>

#include "platform/frame_loop.h"

extern "C" {
void onward_js_choose_file(const char* accept, double max_bytes);
void onward_js_download(const char* name, const char* mime, const char* text);
int onward_js_open_document(const char* html);
void onward_js_site_url(const char* file, char* out, int size);
}

namespace onward::platform {
namespace {
std::vector<ChosenFile> chosen; // read between frames, taken by the next one
}

void choose_file(const char* accept) { onward_js_choose_file(accept, kMaxFileBytes); }

bool take_chosen_file(ChosenFile& out) {
    if (chosen.empty()) return false;
    out = std::move(chosen.front());
    chosen.erase(chosen.begin());
    return true;
}

void download_file(const std::string& name, const char* mime, const std::string& text) {
    onward_js_download(name.c_str(), mime, text.c_str());
}

bool open_document(const std::string& html) { return onward_js_open_document(html.c_str()) == 1; }

std::string site_url(const char* file) {
    char out[2048] = {};
    onward_js_site_url(file, out, sizeof out);
    return out;
}

} // namespace onward::platform

extern "C" EMSCRIPTEN_KEEPALIVE void onward_on_file_chosen(const char* name, const char* bytes, int size,
                                                           const char* error) {
    onward::platform::ChosenFile f;
    f.name = name;
    if (bytes) f.bytes.assign(bytes, size_t(size));
    if (error) f.error = error;
    onward::platform::chosen.push_back(std::move(f));
    onward::platform::wake();
}
