// The questionnaire definition reader on any bytes: it must never crash, a refusal always
// says why, and whatever it reads, written out again, must read as the very same definition
// (compared field by field here, not through the writer under test).
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "store/questionnaire_record.h"

using namespace onward;

namespace {

bool same(const Questionnaire& a, const Questionnaire& b) {
    if (a.id != b.id || a.version != b.version || a.title != b.title || a.time_frame != b.time_frame ||
        a.intro != b.intro || a.note_prompt != b.note_prompt || a.scale.min != b.scale.min ||
        a.scale.max != b.scale.max || a.scale.labels != b.scale.labels || a.every_days != b.every_days ||
        a.questions.size() != b.questions.size() || a.scores.size() != b.scores.size())
        return false;
    for (size_t i = 0; i < a.questions.size(); ++i) {
        const Question &x = a.questions[i], &y = b.questions[i];
        if (x.id != y.id || x.text != y.text || x.reversed != y.reversed || x.safety != y.safety) return false;
    }
    for (size_t i = 0; i < a.scores.size(); ++i) {
        const ScoreRule &x = a.scores[i], &y = b.scores[i];
        if (x.id != y.id || x.name != y.name || x.sum != y.sum || x.difference != y.difference ||
            x.max_missing != y.max_missing || x.bands.size() != y.bands.size())
            return false;
        for (size_t k = 0; k < x.bands.size(); ++k)
            if (x.bands[k].from != y.bands[k].from || x.bands[k].to != y.bands[k].to ||
                x.bands[k].label != y.bands[k].label)
                return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    Questionnaire q, again;
    std::string error;
    if (!read_definition(std::string(reinterpret_cast<const char*>(data), size), q, error)) {
        if (error.empty()) std::abort();
        return 0;
    }
    if (!read_definition(definition_json(q).dump(), again, error) || !same(q, again)) std::abort();
    return 0;
}
