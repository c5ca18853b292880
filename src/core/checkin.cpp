#include "core/checkin.h"

#include "core/text.h"

namespace onward {

std::vector<std::string> problems_with(const CheckIn& c) {
    std::vector<std::string> out;
    if (c.id.empty() || !is_valid_utf8(c.id))
        out.push_back("This check-in has no usable id, so it could not be kept apart from others.");
    if (c.distress < kMinDistress || c.distress > kMaxDistress)
        out.push_back("Distress is a number from 0 to 10: pick one to save.");
    for (size_t i = 0; i < c.emotions.size(); ++i) {
        const EmotionRating& e = c.emotions[i];
        const std::string name = trimmed(e.name);
        if (!is_valid_utf8(name)) {
            out.push_back("An emotion's name holds characters that could not be read as text.");
            continue;
        }
        if (name.empty()) {
            out.push_back("An emotion needs a name.");
            continue;
        }
        if (e.intensity < kMinIntensity || e.intensity > kMaxIntensity)
            out.push_back("\"" + name + "\" needs a strength from 1 to 5.");
        for (size_t j = 0; j < i; ++j)
            if (same_words(trimmed(c.emotions[j].name), name)) {
                out.push_back("\"" + name + "\" is listed twice.");
                break;
            }
    }
    if (!is_valid_utf8(c.note)) {
        out.push_back("The note holds characters that could not be read as text.");
    } else if (count_characters(c.note) > kMaxNoteCharacters) {
        out.push_back("The note is longer than " + std::to_string(kMaxNoteCharacters) +
                      " characters. A full journal entry has room for more.");
    }
    if (c.updated.unix_ms < c.created.unix_ms) out.push_back("This check-in was changed before it was made.");
    return out;
}

const char* body_state_words(BodyState b) {
    switch (b) {
    case BodyState::Activated: return "Activated";
    case BodyState::Settled: return "Settled";
    case BodyState::ShutDown: return "Shut down";
    case BodyState::Unsaid: break;
    }
    return "";
}

} // namespace onward
