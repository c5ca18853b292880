#include "support/generated_journal.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <unordered_set>

#include "core/journal.h"
#include "store/entry_record.h"
#include "store/library_record.h"

namespace onward {

namespace {

// splitmix64: tiny, fast, and the same numbers everywhere (std::uniform_int_distribution
// and friends are not specified bit for bit, so their output differs between libraries).
class Rng {
public:
    explicit Rng(uint64_t seed) : state_(seed) {}
    uint64_t next() {
        uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    uint32_t bits() { return uint32_t(next() >> 32); }
    size_t below(size_t n) { return size_t(next() % n); } // the bias is far below anything a test sees
    int between(int lo, int hi) { return lo + int(below(size_t(hi - lo + 1))); } // inclusive
    int64_t between64(int64_t lo, int64_t hi) { return lo + int64_t(next() % uint64_t(hi - lo + 1)); }
    double unit() { return double(next() >> 11) * 0x1.0p-53; } // [0, 1), exact on every platform
    bool chance(double p) { return unit() < p; }
    // Index into weights (which need not sum to anything in particular).
    template <size_t N> size_t pick(const int (&weights)[N]) {
        int total = 0;
        for (int w : weights) total += w;
        int r = between(0, total - 1);
        for (size_t i = 0; i < N; ++i) {
            if (r < weights[i]) return i;
            r -= weights[i];
        }
        return N - 1;
    }
    // Skewed towards the start: the first items are the common ones.
    size_t skewed(size_t n) {
        const double u = unit();
        return std::min(n - 1, size_t(double(n) * u * u));
    }

private:
    uint64_t state_;
};

uint64_t mix(uint64_t a, uint64_t b) {
    Rng r(a * 0xD1B54A32D192ED03ull ^ (b + 0x632BE59BD9B4E019ull));
    return r.next();
}

constexpr int64_t kMinute = 60000, kHour = 60 * kMinute, kDay = 24 * kHour;

int64_t floor_div(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

// Plain words a person might write, the most common first (Rng::skewed favours them).
const char* const kWords[] = {
    "i", "the", "and", "to", "a", "it", "was", "my", "of", "in", "that", "felt", "me", "so", "but", "today",
    "just", "really", "about", "then", "after", "with", "when", "again", "still", "like", "work", "feel", "home",
    "time", "day", "tired", "know", "little", "better", "bit", "think", "night", "morning", "talked", "friend",
    "walk", "sleep", "people", "went", "made", "much", "long", "tried", "thought", "head", "chest", "tight",
    "heavy", "calm", "quiet", "noise", "phone", "message", "call", "mum", "dad", "sister", "brother", "partner",
    "boss", "colleague", "meeting", "email", "deadline", "kitchen", "bed", "window", "rain", "sun", "cold", "warm",
    "tea", "coffee", "breakfast", "lunch", "dinner", "bus", "train", "car", "shop", "garden", "park", "dog", "cat",
    "music", "book", "film", "shower", "breath", "hands", "shaking", "stomach", "shoulders", "heart", "racing",
    "slow", "fast", "small", "big", "okay", "fine", "hard", "easy", "weird", "strange", "safe", "alone",
    "together", "angry", "sad", "scared", "worried", "anxious", "hopeful", "grateful", "lonely", "numb",
    "restless", "ashamed", "proud", "relieved", "crying", "laughed", "smiled", "shouted", "argued", "apologised",
    "listened", "waited", "stayed", "left", "noticed", "remembered", "forgot", "wanted", "needed", "asked",
    "helped", "watched", "ate", "drank", "scrolled", "cleaned", "cooked", "wrote", "read", "sat", "lay", "stood",
    "moved", "stretched", "because", "although", "maybe", "probably", "almost", "never", "always", "sometimes",
    "often", "later", "earlier", "tomorrow", "yesterday", "week", "weekend", "monday", "friday", "sunday",
    "evening", "afternoon", "hour", "minutes", "moment", "while", "enough", "too", "very", "quite", "less",
    "more", "first", "last", "next", "old", "new", "same", "different", "whole", "part", "thing", "something",
    "nothing", "everything", "someone", "nobody", "everyone", "space", "room", "door", "street", "city", "sea",
    "river", "tree", "light", "dark", "voice", "face", "eyes", "words", "silence", "memory", "dream", "plan",
    "list", "task", "money", "bill", "rent", "doctor", "therapist", "session", "appointment", "medication",
    "pharmacy", "hospital", "school", "class", "exam", "job", "interview", "team", "office", "desk", "screen",
    "laptop", "news", "weather", "wind", "snow", "autumn", "spring", "summer", "winter", "birthday", "holiday",
    "trip", "visit", "guest", "party", "crowd", "queue", "traffic", "late", "early", "patient", "gentle", "kind",
    "honest", "clear", "messy", "stuck", "lost", "open", "closed", "ready", "waiting", "trying", "learning",
    "letting", "holding", "carrying", "sitting", "feeling", "going", "coming", "getting", "making", "taking",
    "giving", "keeping", "trust", "fear", "anger", "grief", "shame", "guilt", "hope", "joy", "peace", "rest",
    "energy", "pain", "ache", "tension", "release", "wave", "urge", "craving", "habit", "pattern", "step",
    "progress", "setback", "boundary", "support", "care", "comfort", "patience", "courage", "strength",
    "softness", "warmth", "neighbour", "laundry", "dishes", "groceries", "balcony", "blanket", "pillow",
    "candle", "journal", "pencil", "notebook", "bicycle", "library", "bakery", "bridge", "harbour", "mountain",
    "meadow", "forest", "puddle", "thunder", "sunset", "sunrise", "moonlight", "breeze", "orchard", "violin",
    "puzzle", "recipe", "soup", "porridge", "oranges", "biscuits", "umbrella", "slippers", "sweater",
};
constexpr size_t kWordCount = sizeof kWords / sizeof kWords[0];

// Sprinkled in: accents, Cyrillic and Greek (upper case too, for case folding), emoji
// (with variation selectors and a ZWJ sequence), and typographic punctuation.
const char* const kNonAsciiWords[] = {
    "café", "naïve", "déjà", "résumé", "fiancée", "crème", "jalapeño", "Zoë", "Müller", "façade", "Ångström",
    "ÉTÉ", "привет", "спасибо", "тревога", "дом", "Москва", "ПОКОЙ", "Ελπίδα", "θάλασσα", "😊", "💙", "🌧️",
    "🙏", "❤️", "👩‍👧", "→", "…", "—",
};
constexpr size_t kNonAsciiCount = sizeof kNonAsciiWords / sizeof kNonAsciiWords[0];

constexpr size_t kRareCount = 8;

const char* const kOpeners[] = {"Today", "This morning", "Tonight", "After work", "At lunch", "Later",
                                "Honestly", "Somehow", "Again", "Right now", "Earlier", "On the bus"};

const char* const kTriggerNames[kGeneratedTriggers] = {
    "Argument with my sister",         // 001
    "Work deadline",                   // 002
    "Sunday evenings",                 // 003
    "Bad night's sleep",               // 004
    "Crowded shops",                   // 005
    "Email from my manager",           // 006
    "Anniversary of the loss",         // 007
    "Left out of the group chat",      // 008
    "Money worries",                   // 009
    "Doctor's appointment",            // 010
    "Seeing old photos",               // 011
    "Loud neighbours",                 // 012
    "Feeling left out",                // 013
    "Criticism at work",               // 014
    "Late-night scrolling",            // 015
    "Phone call from dad",             // 016
    "Being alone at the weekend",      // 017
    "Hospital smells",                 // 018
    "Traffic on the way home",         // 019
    "Comparing myself online",         // 020
    "Noisy café",                      // 021
    "The old commute",                 // 022, archived
    "Deadlines at work",               // 023, merged into 002
    "Sunday evening blues",            // 024, merged into 003
    "work deadline stress",            // 025, merged into 023 (so, in the end, into 002)
};

struct Merge {
    int from, into; // 1-based trigger numbers
};
constexpr Merge kMerges[] = {{23, 2}, {24, 3}, {25, 23}};
constexpr int kArchivedTrigger = 22;

std::string trigger_id(int number) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "trigger-gen-%03d", number);
    return buf;
}

// One sentence of 4–16 words, sometimes with an opener, commas and an ending other than '.'.
void add_sentence(Rng& r, std::string& out) {
    const size_t start = out.size();
    if (r.chance(0.2)) {
        out += kOpeners[r.below(sizeof kOpeners / sizeof kOpeners[0])];
        out += ',';
    }
    const int words = r.between(4, 16);
    for (int w = 0; w < words; ++w) {
        if (out.size() > start) out += ' ';
        const double u = r.unit();
        if (u < 0.00001 * double(kRareCount)) out += kGeneratedRareWords[r.below(kRareCount)];
        else if (u < 0.013) out += kNonAsciiWords[r.below(kNonAsciiCount)];
        else {
            const char* word = kWords[r.skewed(kWordCount)];
            out += word[0] == 'i' && word[1] == 0 ? "I" : word;
        }
        if (w + 1 < words && r.chance(0.06)) out += ',';
    }
    if (out[start] >= 'a' && out[start] <= 'z') out[start] = char(out[start] - 32);
    const size_t end = r.pick({85, 8, 5, 2});
    out += end == 0 ? "." : end == 1 ? "!" : end == 2 ? "?" : "...";
}

std::string text_of_length(Rng& r, size_t at_least) {
    std::string out;
    while (out.size() < at_least) {
        if (!out.empty()) out += at_least > 600 && r.chance(0.15) ? "\n\n" : " ";
        add_sentence(r, out);
    }
    return out;
}

// Lengths as people write: mostly short, some long, a few very long.
size_t short_length(Rng& r) {
    switch (r.pick({60, 30, 9, 1})) {
    case 0: return size_t(r.between(8, 80));
    case 1: return size_t(r.between(80, 250));
    case 2: return size_t(r.between(250, 600));
    default: return size_t(r.between(2000, 4000));
    }
}

size_t story_length(Rng& r) {
    switch (r.pick({450, 350, 145, 50, 1})) {
    case 0: return size_t(r.between(20, 150));
    case 1: return size_t(r.between(150, 400));
    case 2: return size_t(r.between(400, 1200));
    case 3: return size_t(r.between(2000, 5000));
    default: return size_t(r.between(10000, 30000)); // about one entry in a thousand
    }
}

int clamp_distress(int d) { return std::max(kMinDistress, std::min(kMaxDistress, d)); }

struct Trip {
    int64_t first_day, last_day; // days since the epoch, at home
    int offset;
};

// Travel: every one to four months a trip of 2–14 days somewhere else.
std::vector<Trip> plan_trips(Rng& r, int64_t first_day, int64_t last_day) {
    static const int kOffsets[] = {0, 120, 330, -300, -240, 540, -420, 345, 600, -180};
    std::vector<Trip> trips;
    for (int64_t day = first_day + r.between(10, 60); day <= last_day;) {
        Trip t;
        t.first_day = day;
        t.last_day = std::min(last_day, day + r.between(1, 13));
        t.offset = kOffsets[r.below(sizeof kOffsets / sizeof kOffsets[0])];
        trips.push_back(t);
        day = t.last_day + r.between(30, 120);
    }
    return trips;
}

int offset_on(const std::vector<Trip>& trips, int64_t day) {
    for (const Trip& t : trips)
        if (day >= t.first_day && day <= t.last_day) return t.offset;
    return kGeneratedHomeOffsetMinutes;
}

struct Items {
    std::vector<const LibraryItem*> hard_emotions, gentle_emotions, avoiding, helping;
};

Items starter_items() {
    Items out;
    for (const LibraryItem& item : starter_library()) {
        if (item.kind == LibraryKind::Emotion) {
            const bool gentle = item.id == "emotion-calm" || item.id == "emotion-hopeful" ||
                                item.id == "emotion-grateful" || item.id == "emotion-content";
            (gentle ? out.gentle_emotions : out.hard_emotions).push_back(&item);
        } else if (item.kind == LibraryKind::Action) {
            (item.function == CopingFunction::Avoid ? out.avoiding : out.helping).push_back(&item);
        }
    }
    return out;
}

void add_emotions(Rng& r, const Items& items, Entry& e) {
    const size_t count = r.pick({15, 40, 30, 15});
    const double gentle_share = double(kMaxDistress - e.distress) / 14.0;
    for (size_t tries = 0; e.emotions.size() < count && tries < 20; ++tries) {
        const auto& from = r.chance(gentle_share) ? items.gentle_emotions : items.hard_emotions;
        const std::string& id = from[r.skewed(from.size())]->id;
        if (std::any_of(e.emotions.begin(), e.emotions.end(), [&](const EmotionRating& x) { return x.emotion == id; }))
            continue;
        EmotionRating rating;
        rating.emotion = id;
        rating.intensity = std::max(kMinIntensity, std::min(kMaxIntensity, 1 + e.distress / 2 + r.between(-1, 1)));
        e.emotions.push_back(rating);
    }
}

BodyState body_for(Rng& r, int distress) {
    if (r.chance(0.2)) return BodyState::Unsaid;
    static const BodyState kStates[] = {BodyState::Activated, BodyState::ShutDown, BodyState::Settled};
    if (distress >= 7) return kStates[r.pick({60, 30, 10})];
    if (distress >= 4) return kStates[r.pick({45, 20, 35})];
    return kStates[r.pick({15, 10, 75})];
}

// Triggers are picked by how often a person meets them: a few recur, most are rare. Merged
// and archived ones are only picked before they were merged or archived.
int trigger_for(Rng& r, double t) {
    for (;;) {
        int number = 1 + int(r.skewed(kGeneratedTriggers));
        bool gone = false;
        for (const Merge& m : kMerges)
            if (m.from == number && t >= 0.5) gone = true;
        if (number == kArchivedTrigger && t >= 0.7) gone = true;
        if (!gone) return number;
    }
}

void add_actions(Rng& r, const Items& items, double t, Entry& e) {
    const size_t count = 1 + r.pick({50, 35, 15});
    // Avoiding falls over the years the journal covers, as it might for someone healing.
    const double avoid_share = 0.45 - 0.2 * t;
    for (size_t tries = 0; e.actions.size() < count && tries < 20; ++tries) {
        const auto& from = r.chance(avoid_share) ? items.avoiding : items.helping;
        const LibraryItem& item = *from[r.below(from.size())];
        if (std::any_of(e.actions.begin(), e.actions.end(), [&](const ActionTaken& a) { return a.action == item.id; }))
            continue;
        ActionTaken a;
        a.action = item.id;
        a.function = item.function;
        if (r.chance(0.2)) { // this time it did something else than usual
            const CopingFunction others[2] = {
                item.function == CopingFunction::Soothe ? CopingFunction::Face : CopingFunction::Soothe,
                item.function == CopingFunction::Avoid ? CopingFunction::Face : CopingFunction::Avoid};
            a.function = others[r.below(2)];
        }
        if (a.function == CopingFunction::Avoid && !r.chance(0.15))
            a.avoid = item.avoid != AvoidKind::Unsaid ? item.avoid : kAvoidKinds[r.below(sizeof kAvoidKinds / sizeof kAvoidKinds[0])];
        e.actions.push_back(a);
    }
}

Relief relief_for(Rng& r, const Entry& e) {
    const bool faced = std::any_of(e.actions.begin(), e.actions.end(),
                                   [](const ActionTaken& a) { return a.function == CopingFunction::Face; });
    const bool only_avoided = std::all_of(e.actions.begin(), e.actions.end(),
                                          [](const ActionTaken& a) { return a.function == CopingFunction::Avoid; });
    size_t k;
    if (faced) k = r.pick({10, 20, 40, 30});
    else if (only_avoided) k = r.pick({25, 55, 15, 5});
    else k = r.pick({10, 40, 40, 10});
    return kReliefs[k];
}

Answer yes_or_no(Rng& r, double yes) { return r.chance(yes) ? Answer::Yes : Answer::No; }

// Everything after the quick check-in.
void make_full(Rng& r, const Items& items, double t, int64_t end_unix_ms, Entry& e) {
    if (r.chance(0.9)) e.happened = text_of_length(r, story_length(r));
    if (r.chance(0.9)) e.trigger = trigger_id(trigger_for(r, t));
    add_actions(r, items, t, e);
    if (r.chance(0.8)) e.distress_after = clamp_distress(e.distress - r.between(-1, 4));
    if (r.chance(0.75)) e.relief = relief_for(r, e);
    if (r.chance(0.55)) {
        e.new_response = yes_or_no(r, 0.25 + 0.35 * t);
        if (e.new_response == Answer::Yes && r.chance(0.7)) e.what_was_new = text_of_length(r, size_t(r.between(20, 200)));
    }
    if (r.chance(0.45)) {
        e.stayed_with_feeling = yes_or_no(r, 0.3 + 0.3 * t);
        if (e.stayed_with_feeling == Answer::Yes && r.chance(0.75))
            e.stayed_minutes = r.chance(0.95) ? 1 + int(r.skewed(60)) : r.between(60, 180);
    }
    if (r.chance(0.25)) e.feeling_says = text_of_length(r, size_t(r.between(20, 250)));
    if (r.chance(0.25)) e.what_i_need = text_of_length(r, size_t(r.between(20, 250)));
    if (r.chance(0.35)) e.note = text_of_length(r, short_length(r));
    // The later "how is it now?", answered by some, only ever before the end.
    if (e.distress_after >= 0 && r.chance(0.3)) {
        const int64_t at = e.created.unix_ms + r.between64(2 * kHour, 20 * kHour);
        if (at < end_unix_ms) {
            e.recheck.at = {at, e.created.utc_offset_minutes};
            if (r.chance(0.85)) e.recheck.distress = clamp_distress(e.distress_after + r.between(-2, 2));
            const size_t lasted = r.pick({55, 35, 10});
            e.recheck.lasted = lasted == 0 ? Answer::Yes : lasted == 1 ? Answer::No : Answer::Unsaid;
            e.updated = e.recheck.at;
        }
    }
}

} // namespace

const char* const kGeneratedRareWords[] = {"aardvark", "zeppelin", "harpsichord", "marmalade", "kaleidoscope",
                                           "origami",  "quokka",   "saxophone",   nullptr};

std::vector<StoredRecord> generated_journal_records(size_t entries, uint32_t seed, int64_t end_unix_ms) {
    Rng plan(mix(seed, 0x6f6e77617264ull)); // "onward": the journal's shape
    const int64_t days = std::max<int64_t>(1, int64_t((entries + 3) / 4));
    // The day (at home) of the last moment before the end.
    const int64_t last_day = floor_div(end_unix_ms - 1 + kGeneratedHomeOffsetMinutes * kMinute, kDay);
    const int64_t first_day = last_day - days + 1;
    const std::vector<Trip> trips = plan_trips(plan, first_day, last_day);
    const int64_t span_start = first_day * kDay - kGeneratedHomeOffsetMinutes * kMinute;
    const LocalTime start_time{span_start, kGeneratedHomeOffsetMinutes};

    std::vector<StoredRecord> out;
    out.reserve(entries + kGeneratedTriggers + 1);

    // The person's triggers, named as they first met them, and later tidied: three merged
    // (around the middle of the span) and one archived (later).
    Library library = starter_library();
    for (int n = 1; n <= kGeneratedTriggers; ++n) {
        LibraryItem item;
        item.id = trigger_id(n);
        item.kind = LibraryKind::Trigger;
        item.name = kTriggerNames[n - 1];
        item.updated = {start_time.unix_ms + n * 7 * kMinute, kGeneratedHomeOffsetMinutes};
        for (const Merge& m : kMerges)
            if (m.from == n) item.merged_into = trigger_id(m.into);
        if (!item.merged_into.empty()) item.updated.unix_ms = span_start + (end_unix_ms - span_start) / 2 + n * kMinute;
        if (n == kArchivedTrigger) {
            item.archived = true;
            item.updated.unix_ms = span_start + (end_unix_ms - span_start) * 7 / 10;
        }
        item.updated.unix_ms = std::min(item.updated.unix_ms, end_unix_ms - 1); // a journal of a few hours
        library.push_back(item);
    }
    for (size_t i = size_t(starter_library().size()); i < library.size(); ++i)
        out.push_back({library[i].id, encode_library_item(library[i])});

    const Items items = starter_items();
    std::vector<Entry> made;
    made.reserve(entries);
    std::unordered_set<std::string> ids;
    for (size_t i = 0; i < entries; ++i) {
        Rng r(mix(seed, uint64_t(i) + 1)); // each entry its own stream, so one change stays local
        Entry e;
        // The day and the local time of day, as the person lived it; redrawn while it
        // would fall after the end (only possible on the last day), and if that keeps
        // happening (a journal of one day that ends just after midnight), just before it.
        for (int tries = 0;; ++tries) {
            if (tries == 64) {
                e.created = {end_unix_ms - 1 - r.between64(0, kMinute - 1), kGeneratedHomeOffsetMinutes};
                break;
            }
            const int64_t day = first_day + int64_t(r.below(size_t(days)));
            const int offset = offset_on(trips, day);
            int64_t minute;
            switch (r.pick({8, 30, 27, 35})) {
            case 0: minute = r.between(0, 7 * 60 - 1); break;        // a bad night
            case 1: minute = r.between(7 * 60, 12 * 60 - 1); break;  // morning
            case 2: minute = r.between(12 * 60, 18 * 60 - 1); break; // afternoon
            default: minute = r.between(18 * 60, 24 * 60 - 1); break; // evening
            }
            const int64_t at = day * kDay + minute * kMinute + r.between(0, 59999) - offset * kMinute;
            if (at >= end_unix_ms) continue;
            e.created = {at, offset};
            break;
        }
        e.updated = e.created;
        const double t = double(e.created.unix_ms - span_start) / double(std::max<int64_t>(1, end_unix_ms - span_start));
        // Distress drifts down over the span, with day-to-day noise of about ±2.
        // (One draw per statement: the order of calls within an expression is unspecified.)
        double noise = r.unit();
        noise += r.unit();
        noise += r.unit();
        noise = (noise - 1.5) * 4.0;
        e.distress = clamp_distress(int(6.2 - 2.6 * t + noise + 100.5) - 100);
        add_emotions(r, items, e);
        e.body = body_for(r, e.distress);
        if (r.chance(0.4)) make_full(r, items, t, end_unix_ms, e);
        else if (r.chance(0.45)) e.note = text_of_length(r, short_length(r));
        if (!recheck_answered(e) && r.chance(0.12)) // edited a little later
            e.updated.unix_ms = std::min(end_unix_ms - 1, e.created.unix_ms + r.between64(kMinute, 3 * kDay));
        do e.id = make_record_id("entry", e.created.unix_ms, r.bits());
        while (!ids.insert(e.id).second);
        made.push_back(std::move(e));
    }
    std::sort(made.begin(), made.end(), [](const Entry& a, const Entry& b) {
        return a.created.unix_ms != b.created.unix_ms ? a.created.unix_ms < b.created.unix_ms : a.id < b.id;
    });
    for (const Entry& e : made) out.push_back({e.id, encode_entry(e)});
    return out;
}

} // namespace onward
