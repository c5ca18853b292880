#include "store/entry_record.h"

#include "store/record_fields.h"

namespace onward {
namespace {

using nlohmann::json;

const char* relief_key(Relief r) {
    switch (r) {
    case Relief::None: return "none";
    case Relief::ShortLived: return "short_lived";
    case Relief::Lasting: return "lasting";
    case Relief::LastingWithClarity: return "lasting_with_clarity";
    case Relief::Unsaid: break;
    }
    return "";
}

const char* answer_key(Answer a) { return a == Answer::Yes ? "yes" : a == Answer::No ? "no" : ""; }

constexpr BodyState kBodyStates[] = {BodyState::Activated, BodyState::Settled, BodyState::ShutDown};
constexpr Answer kAnswers[] = {Answer::Yes, Answer::No};

bool read_recheck(const json& r, ReliefRecheck& out, std::string& error) {
    const auto field = r.find("recheck");
    if (field == r.end()) return true;
    if (!is_object(*field, error) || !read_time(*field, "at", out.at, error) ||
        !read_optional_int(*field, "distress", out.distress, error) ||
        !read_choice(*field, "lasted", kAnswers, answer_key, out.lasted, error)) {
        error = "recheck: " + error;
        return false;
    }
    return true;
}

void put_text(json& r, const char* key, const std::string& text) {
    if (!text.empty()) r[key] = text;
}

} // namespace

const char* body_state_key(BodyState b) {
    switch (b) {
    case BodyState::Activated: return "activated";
    case BodyState::Settled: return "settled";
    case BodyState::ShutDown: return "shut_down";
    case BodyState::Unsaid: break;
    }
    return "";
}

json entry_json(const Entry& e, const json& unknown) {
    json r = start_record(unknown, kEntryKind, kEntrySchemaVersion, e.id);
    r["created"] = to_iso8601(e.created);
    r["updated"] = to_iso8601(e.updated);
    r["distress"] = e.distress;
    json emotions = json::array();
    for (const EmotionRating& x : e.emotions) emotions.push_back({{"emotion", x.emotion}, {"intensity", x.intensity}});
    r["emotions"] = std::move(emotions);
    r["body"] = body_state_key(e.body);
    r["note"] = e.note;
    // The fuller entry's fields are written only when given, so a check-in stays small.
    put_text(r, "happened", e.happened);
    put_text(r, "trigger", e.trigger);
    if (!e.actions.empty()) {
        json actions = json::array();
        for (const ActionTaken& a : e.actions) {
            json item = {{"action", a.action}, {"function", coping_function_key(a.function)}};
            if (a.avoid != AvoidKind::Unsaid) item["avoid"] = avoid_kind_key(a.avoid);
            actions.push_back(std::move(item));
        }
        r["actions"] = std::move(actions);
    }
    if (e.distress_after >= 0) r["distress_after"] = e.distress_after;
    if (e.relief != Relief::Unsaid) r["relief"] = relief_key(e.relief);
    if (e.new_response != Answer::Unsaid) r["new_response"] = answer_key(e.new_response);
    put_text(r, "what_was_new", e.what_was_new);
    if (e.stayed_with_feeling != Answer::Unsaid) r["stayed_with_feeling"] = answer_key(e.stayed_with_feeling);
    if (e.stayed_minutes >= 0) r["stayed_minutes"] = e.stayed_minutes;
    put_text(r, "feeling_says", e.feeling_says);
    put_text(r, "what_i_need", e.what_i_need);
    if (recheck_answered(e)) {
        json c = {{"at", to_iso8601(e.recheck.at)}};
        if (e.recheck.distress >= 0) c["distress"] = e.recheck.distress;
        if (e.recheck.lasted != Answer::Unsaid) c["lasted"] = answer_key(e.recheck.lasted);
        r["recheck"] = std::move(c);
    }
    return r;
}

std::string encode_entry(const Entry& e, const json& unknown) { return record_text(entry_json(e, unknown)); }

bool decode_entry(const json& r, Decoded<Entry>& out, std::string& error) {
    Decoded<Entry> rec;
    const auto kind = r.is_object() ? r.find("kind") : r.end();
    const bool v1 = kind != r.end() && kind->is_string() && *kind == kCheckInKindV1;
    if (!read_header(r, v1 ? kCheckInKindV1 : kEntryKind, tr_later("an entry"), rec.version, error)) return false;
    Entry& e = rec.value;
    if (!read_string(r, "id", e.id, error) || !read_time(r, "created", e.created, error) ||
        !read_time(r, "updated", e.updated, error) || !read_int(r, "distress", e.distress, error))
        return false;
    const bool emotions_ok = read_list(r, "emotions", "emotion", false, [&](const json& item, std::string& err) {
        EmotionRating rating;
        if (!is_object(item, err) || !read_string(item, v1 ? "name" : "emotion", rating.emotion, err) ||
            !read_int(item, "intensity", rating.intensity, err))
            return false;
        e.emotions.push_back(std::move(rating));
        return true;
    }, error);
    if (!emotions_ok || !read_choice(r, "body", kBodyStates, body_state_key, e.body, error) ||
        !read_optional_string(r, "note", e.note, error) || !read_optional_string(r, "happened", e.happened, error) ||
        !read_optional_string(r, "trigger", e.trigger, error))
        return false;
    const bool actions_ok = read_list(r, "actions", "action", false, [&](const json& item, std::string& err) {
        ActionTaken a;
        if (!is_object(item, err) || !read_string(item, "action", a.action, err) ||
            !read_choice(item, "function", kCopingFunctions, coping_function_key, a.function, err) ||
            !read_choice(item, "avoid", kAvoidKinds, avoid_kind_key, a.avoid, err))
            return false;
        e.actions.push_back(std::move(a));
        return true;
    }, error);
    if (!actions_ok || !read_optional_int(r, "distress_after", e.distress_after, error) ||
        !read_choice(r, "relief", kReliefs, relief_key, e.relief, error) ||
        !read_choice(r, "new_response", kAnswers, answer_key, e.new_response, error) ||
        !read_optional_string(r, "what_was_new", e.what_was_new, error) ||
        !read_choice(r, "stayed_with_feeling", kAnswers, answer_key, e.stayed_with_feeling, error) ||
        !read_optional_int(r, "stayed_minutes", e.stayed_minutes, error) ||
        !read_optional_string(r, "feeling_says", e.feeling_says, error) ||
        !read_optional_string(r, "what_i_need", e.what_i_need, error) || !read_recheck(r, e.recheck, error))
        return false;

    if (!free_of_problems(problems_with(e), error)) return false;
    // Anything else is a newer Onward's, kept for when this one rewrites the record.
    rec.unknown = unknown_fields(r, {"kind", "v", "id", "created", "updated", "distress", "emotions", "body", "note",
                                     "happened", "trigger", "actions", "distress_after", "relief", "new_response",
                                     "what_was_new", "stayed_with_feeling", "stayed_minutes", "feeling_says",
                                     "what_i_need", "recheck"});
    out = std::move(rec);
    return true;
}

} // namespace onward
