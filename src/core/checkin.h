// The quick check-in: how I am right now, in under thirty seconds.
#pragma once
#include <string>
#include <vector>

#include "core/local_time.h"

namespace onward {

// The window of tolerance, in plain words.
enum class BodyState { Unsaid, Activated, Settled, ShutDown };

struct EmotionRating {
    std::string name;  // as the person's vocabulary spells it
    int intensity = 3; // 1 (faint) … 5 (overwhelming)
};

struct CheckIn {
    std::string id; // stable for the record's whole life; the storage key
    LocalTime created;
    LocalTime updated;
    int distress = -1; // 0–10 (SUDS); the one thing a check-in must have
    std::vector<EmotionRating> emotions;
    BodyState body = BodyState::Unsaid;
    std::string note; // UTF-8, optional
};

constexpr int kMinDistress = 0;
constexpr int kMaxDistress = 10;
constexpr int kMinIntensity = 1;
constexpr int kMaxIntensity = 5;
// A quick check-in's note is a few lines; longer writing belongs in a full entry.
constexpr size_t kMaxNoteCharacters = 20000;

// Everything wrong with a check-in, each as a sentence the person can act on.
// Empty means it can be saved.
std::vector<std::string> problems_with(const CheckIn& c);

const char* body_state_words(BodyState b);

} // namespace onward
