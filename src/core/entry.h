// A journal entry. A quick check-in is an entry with only the first few fields filled;
// a full entry adds what happened, what I did and what came of it. Every field but the
// distress is optional, so a person in distress can save with two taps.
#pragma once
#include <string>
#include <vector>

#include "core/coping.h"
#include "core/local_time.h"

namespace onward {

// The window of tolerance, in plain words.
enum class BodyState { Unsaid, Activated, Settled, ShutDown };

// How the relief felt once it came (PRODUCT.md: none / short-lived / lasting / with clarity).
enum class Relief { Unsaid, None, ShortLived, Lasting, LastingWithClarity };

enum class Answer { Unsaid, Yes, No };

struct EmotionRating {
    std::string emotion; // a library item's id, so a rename shows in every entry
    int intensity = 3;   // 1 (faint) … 5 (overwhelming)
};

struct ActionTaken {
    std::string action; // a library item's id
    CopingFunction function = CopingFunction::Soothe; // what it did this time
    AvoidKind avoid = AvoidKind::Unsaid;              // which way, when it was avoiding
};

// The later "how is it now?" that tells short-lived relief from lasting relief.
struct ReliefRecheck {
    LocalTime at;            // when the person answered; unix_ms 0 = not yet
    int distress = -1;       // 0–10, or -1 when they chose not to say
    Answer lasted = Answer::Unsaid;
};

struct Entry {
    std::string id; // stable for the record's whole life; the storage key
    LocalTime created;
    LocalTime updated;
    int distress = -1; // 0–10 (SUDS), before acting or simply right now; the one required field
    std::vector<EmotionRating> emotions;
    BodyState body = BodyState::Unsaid;
    std::string note; // free text of any length

    // The fuller entry.
    std::string happened;
    std::string trigger; // a library item's id, or empty
    std::vector<ActionTaken> actions;
    int distress_after = -1;
    Relief relief = Relief::Unsaid;
    Answer new_response = Answer::Unsaid; // "old trigger, new response?"
    std::string what_was_new;
    Answer stayed_with_feeling = Answer::Unsaid;
    int stayed_minutes = -1; // about how long, or -1
    std::string feeling_says; // pain as messenger: what is this feeling telling me?
    std::string what_i_need;
    ReliefRecheck recheck;
};

constexpr int kMinDistress = 0;
constexpr int kMaxDistress = 10;
constexpr int kMinIntensity = 1;
constexpr int kMaxIntensity = 5;
// Room for any real writing (a novel chapter is ~30 000 characters); the limit only keeps
// one field from eating the device's memory.
constexpr size_t kMaxTextCharacters = 1000000;
constexpr int kMaxStayedMinutes = 24 * 60;

// Everything wrong with an entry, each as a sentence the person can act on.
// Empty means it can be saved.
std::vector<std::string> problems_with(const Entry& e);

// Beyond a quick check-in: the person wrote about what happened, what they did or after.
bool is_full_entry(const Entry& e);
bool recheck_answered(const Entry& e);

const char* body_state_words(BodyState b);
const char* relief_words(Relief r); // "None", "Short-lived", "Lasting", "Lasting, with clarity"
const char* answer_words(Answer a); // "Yes", "No", or "" when unsaid
constexpr Relief kReliefs[] = {Relief::None, Relief::ShortLived, Relief::Lasting, Relief::LastingWithClarity};

// "What is this feeling telling me?" asked a little differently each time, so the question
// stays fresh; `turn` is any number that changes between entries (e.g. the day).
const char* messenger_prompt(int64_t turn);

} // namespace onward
