// Backups sealed with a passphrase (Web Crypto: PBKDF2-SHA256 and AES-GCM, in the page).
// The envelope's format is the store's (store/backup.h); here only the crypto happens.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace onward::platform {

struct CryptoAnswer {
    uint32_t ticket = 0;
    std::vector<std::string> parts; // seal: salt, iv, data (base64); unseal: the plain text
    std::string error;              // empty when it worked
};

void seal(uint32_t ticket, const std::string& text, const std::string& passphrase);
void unseal(uint32_t ticket, const std::string& salt, const std::string& iv, const std::string& data, int iterations,
            const std::string& passphrase);
bool take_crypto_answer(CryptoAnswer& out);

} // namespace onward::platform
