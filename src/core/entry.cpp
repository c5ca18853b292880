#include "core/entry.h"

#include "core/say.h"
#include "core/text.h"

namespace onward {

namespace {

void check_text(const std::string& text, const char* what, std::vector<std::string>& out) {
    if (!is_valid_utf8(text)) {
        out.push_back(trf("{field} holds characters that could not be read as text.", {{"field", tr(what)}}));
    } else if (text.size() > kMaxTextCharacters && count_characters(text) > kMaxTextCharacters) {
        out.push_back(trf("{field} is longer than {n} characters. Please split it across two entries.",
                          {{"field", tr(what)}, {"n", std::to_string(kMaxTextCharacters)}}));
    }
}

bool in_range_or_unsaid(int v, int lo, int hi) { return v == -1 || (v >= lo && v <= hi); }

} // namespace

std::vector<std::string> problems_with(const Entry& e) {
    std::vector<std::string> out;
    if (e.id.empty() || !is_valid_utf8(e.id))
        out.push_back(tr("This entry has no usable id, so it could not be kept apart from others."));
    if (e.distress < kMinDistress || e.distress > kMaxDistress)
        out.push_back(tr("Distress is a number from 0 to 10: pick one to save."));
    for (size_t i = 0; i < e.emotions.size(); ++i) {
        const EmotionRating& r = e.emotions[i];
        if (r.emotion.empty() || !is_valid_utf8(r.emotion)) {
            out.push_back(tr("An emotion is missing its name."));
            continue;
        }
        if (r.intensity < kMinIntensity || r.intensity > kMaxIntensity)
            out.push_back(tr("Each emotion needs a strength from 1 to 5."));
        for (size_t j = 0; j < i; ++j)
            if (e.emotions[j].emotion == r.emotion) {
                out.push_back(tr("An emotion is listed twice."));
                break;
            }
    }
    for (size_t i = 0; i < e.actions.size(); ++i) {
        const ActionTaken& a = e.actions[i];
        if (a.action.empty() || !is_valid_utf8(a.action)) out.push_back(tr("Something I did is missing its name."));
        if (a.avoid != AvoidKind::Unsaid && a.function != CopingFunction::Avoid)
            out.push_back(tr("A kind of avoiding is set on something that was not avoiding."));
        for (size_t j = 0; j < i; ++j)
            if (e.actions[j].action == a.action) {
                out.push_back(tr("Something I did is listed twice."));
                break;
            }
    }
    if (!is_valid_utf8(e.trigger)) out.push_back(tr("The trigger holds characters that could not be read as text."));
    if (!in_range_or_unsaid(e.distress_after, kMinDistress, kMaxDistress))
        out.push_back(tr("Distress afterwards is a number from 0 to 10, or left empty."));
    if (!in_range_or_unsaid(e.stayed_minutes, 0, kMaxStayedMinutes))
        out.push_back(tr("How long I stayed with the feeling is a number of minutes up to a day."));
    if (!in_range_or_unsaid(e.recheck.distress, kMinDistress, kMaxDistress))
        out.push_back(tr("Distress at the later check is a number from 0 to 10."));
    check_text(e.note, tr_later("The note"), out);
    check_text(e.happened, tr_later("What happened"), out);
    check_text(e.what_was_new, tr_later("What was new"), out);
    check_text(e.feeling_says, tr_later("What the feeling is telling me"), out);
    check_text(e.what_i_need, tr_later("What I need"), out);
    if (e.updated.unix_ms < e.created.unix_ms) out.push_back(tr("This entry was changed before it was made."));
    return out;
}

bool is_full_entry(const Entry& e) {
    return !e.happened.empty() || !e.trigger.empty() || !e.actions.empty() || e.distress_after >= 0 ||
           e.relief != Relief::Unsaid || e.new_response != Answer::Unsaid || e.stayed_with_feeling != Answer::Unsaid ||
           !e.feeling_says.empty() || !e.what_i_need.empty();
}

bool recheck_answered(const Entry& e) { return e.recheck.at.unix_ms != 0; }

const char* body_state_words(BodyState b) {
    switch (b) {
    case BodyState::Activated: return tr("Activated");
    case BodyState::Settled: return tr("Settled");
    case BodyState::ShutDown: return tr("Shut down");
    case BodyState::Unsaid: break;
    }
    return "";
}

const char* relief_words(Relief r) {
    switch (r) {
    case Relief::None: return tr("None");
    case Relief::ShortLived: return tr("Short-lived");
    case Relief::Lasting: return tr("Lasting");
    case Relief::LastingWithClarity: return tr("Lasting, with clarity");
    case Relief::Unsaid: break;
    }
    return "";
}

const char* answer_words(Answer a) { return a == Answer::Yes ? tr("Yes") : a == Answer::No ? tr("No") : ""; }

const char* messenger_prompt(int64_t turn) {
    static const char* const kPrompts[] = {
        tr_later("If this feeling could speak, what would it say?"),
        tr_later("What is this feeling pointing at?"),
        tr_later("What might this pain be asking me to look after?"),
        tr_later("What does this feeling want me to know?"),
        tr_later("Is there something this feeling is protecting?"),
    };
    constexpr int64_t n = sizeof kPrompts / sizeof kPrompts[0];
    return tr(kPrompts[((turn % n) + n) % n]);

}

} // namespace onward
