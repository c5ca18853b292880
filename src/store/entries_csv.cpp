#include "store/entries_csv.h"

#include <algorithm>

#include "core/csv.h"
#include "core/text.h"

namespace onward {

namespace {

std::string number(int value) { return value < 0 ? "" : csv_field(std::to_string(value)); }

// "Anxious 4; Sad 2"
std::string emotions_words(const Library& lib, const Entry& e) {
    std::string out;
    for (const EmotionRating& r : e.emotions)
        (out += out.empty() ? "" : "; ") += item_name(lib, r.emotion) + " " + std::to_string(r.intensity);
    return out;
}

// "Went for a walk (soothe); Scrolled my phone (avoid, numbing: screens)"
std::string actions_words(const Library& lib, const Entry& e) {
    std::string out;
    for (const ActionTaken& a : e.actions) {
        (out += out.empty() ? "" : "; ") += item_name(lib, a.action) + " (" + coping_function_key(a.function);
        if (a.avoid != AvoidKind::Unsaid) out += ", " + folded(avoid_kind_words(a.avoid));
        out += ")";
    }
    return out;
}

} // namespace

std::string entries_csv(const Journal& j) {
    std::vector<const Entry*> entries;
    for (const Entry& e : j.entries) entries.push_back(&e);
    std::sort(entries.begin(), entries.end(), [](const Entry* a, const Entry* b) {
        return a->created.unix_ms != b->created.unix_ms ? a->created.unix_ms < b->created.unix_ms : a->id < b->id;
    });
    std::string out = "\xEF\xBB\xBF" + csv_line({"id", "created", "date", "time", "distress", "emotions", "body", "note",
                                                 "happened", "trigger", "actions", "distress_after", "relief",
                                                 "new_response", "what_was_new", "stayed_with_feeling", "stayed_minutes",
                                                 "feeling_says", "what_i_need", "recheck_at", "recheck_distress",
                                                 "recheck_lasted"});
    const Library& lib = j.library;
    for (const Entry* e : entries) {
        const std::string created = to_iso8601(e->created); // "2026-11-25T18:04:05.123+01:00"
        out += csv_line({
            csv_text_field(e->id),
            csv_text_field(created),
            csv_text_field(created.substr(0, 10)),
            csv_text_field(created.substr(11, 5)),
            number(e->distress),
            csv_text_field(emotions_words(lib, *e)),
            csv_text_field(body_state_words(e->body)),
            csv_text_field(e->note),
            csv_text_field(e->happened),
            csv_text_field(e->trigger.empty() ? "" : item_name(lib, e->trigger)),
            csv_text_field(actions_words(lib, *e)),
            number(e->distress_after),
            csv_text_field(relief_words(e->relief)),
            csv_text_field(answer_words(e->new_response)),
            csv_text_field(e->what_was_new),
            csv_text_field(answer_words(e->stayed_with_feeling)),
            number(e->stayed_minutes),
            csv_text_field(e->feeling_says),
            csv_text_field(e->what_i_need),
            csv_text_field(recheck_answered(*e) ? to_iso8601(e->recheck.at) : ""),
            number(e->recheck.distress),
            csv_text_field(answer_words(e->recheck.lasted)),
        });
    }
    return out;
}

} // namespace onward
