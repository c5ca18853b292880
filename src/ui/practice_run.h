// A practice in progress (breathing, grounding, body scan, stay with it) and what its
// screen asks the app to do. Each practice screen draws from one of these; the app owns
// them, so leaving a screen mid-practice (for the crisis lines, say) loses nothing.
#pragma once
#include <string>
#include <vector>

#include "core/practice.h"
#include "core/timed_steps.h"
#include "store/save_queue.h"
#include "ui/widgets.h"

namespace onward::ui {

struct PracticeRun {
    enum class Stage { Ready, Running, Done } stage = Stage::Ready;
    PracticeClock clock;
    double length_ms = 0; // when it ends by itself (breathing, body scan); 0: when the person says
    double spent_ms = 0;  // how long it lasted, once done
    int before = -1, after = -1;
    std::vector<DistressMoment> during; // stay with it
    int latest = -1;                    // stay with it: the last check-in, shown selected
    std::vector<std::string> words;     // grounding: one per sense, optional
    int step = 0;                       // grounding: which sense
    std::string session_id;             // once the app has put it in the journal

    // Breathing: what the person chose.
    std::string pattern = "box";
    int minutes = 3;
    bool still = false; // the still view, by choice
};

enum class PracticeIntent { None, Start, Pause, Resume, Finish, LogAfter, Again, Leave };

struct PracticeView {
    double now_ms = 0;
    SaveState save_state = SaveState::Nothing;
};

// What makes one practice screen different from the others. Every practice shares the
// rest: a card; before it starts, a title, a line about it, the optional distress before
// and a Start button; once done, the summary, the distress after (saved on the tap) and
// the ways on.
struct PracticeParts {
    const char* title;
    std::string about;
    const char* start_words;
    std::string summary;                                  // once done: what the person did
    void (*choices)(Ui&, PracticeRun&) = nullptr;         // options before starting, if any
    PracticeIntent (*running)(Ui&, PracticeRun&, const PracticeView&) = nullptr; // while it runs
};

PracticeIntent draw_practice(Ui& ui, PracticeRun& run, const PracticeView& view, const PracticeParts& parts);
// Pause / Resume and Finish, for a running practice's own part.
PracticeIntent draw_practice_controls(Ui& ui, const PracticeRun& run, bool can_pause, const char* finish_words);

} // namespace onward::ui
