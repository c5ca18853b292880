#include "platform/sealing.h"

#include <emscripten/emscripten.h>

#include <utility>

#include "platform/frame_loop.h"

extern "C" {
void onward_js_seal(uint32_t ticket, const char* text, const char* passphrase);
void onward_js_unseal(uint32_t ticket, const char* salt, const char* iv, const char* data, int iterations,
                      const char* passphrase);
}

namespace onward::platform {
namespace {
std::vector<CryptoAnswer> answers;
}

void seal(uint32_t ticket, const std::string& text, const std::string& passphrase) {
    onward_js_seal(ticket, text.c_str(), passphrase.c_str());
}

void unseal(uint32_t ticket, const std::string& salt, const std::string& iv, const std::string& data, int iterations,
            const std::string& passphrase) {
    onward_js_unseal(ticket, salt.c_str(), iv.c_str(), data.c_str(), iterations, passphrase.c_str());
}

bool take_crypto_answer(CryptoAnswer& out) {
    if (answers.empty()) return false;
    out = std::move(answers.front());
    answers.erase(answers.begin());
    return true;
}

} // namespace onward::platform

// `joined`: `count` parts separated by newlines (base64 has none; an opened backup is one).
extern "C" EMSCRIPTEN_KEEPALIVE void onward_on_crypto_done(uint32_t ticket, int count, const char* joined,
                                                           const char* error) {
    onward::platform::CryptoAnswer a;
    a.ticket = ticket;
    a.error = error;
    if (a.error.empty()) {
        std::string all = joined;
        if (count == 1) a.parts.push_back(std::move(all));
        else
            for (size_t at = 0;;) {
                const size_t nl = all.find('\n', at);
                a.parts.push_back(all.substr(at, nl - at));
                if (nl == std::string::npos) break;
                at = nl + 1;
            }
    }
    onward::platform::answers.push_back(std::move(a));
    onward::platform::wake();
}
