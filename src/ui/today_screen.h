// Today: the quick check-in and what I have checked in so far today.
#pragma once
#include <string>
#include <vector>

#include "core/checkin.h"
#include "core/practice.h"
#include "store/save_queue.h"
#include "ui/widgets.h"

namespace onward::ui {

// What the person has picked so far; the app turns it into a CheckIn on Save.
struct CheckInForm {
    int distress = -1;
    std::vector<EmotionRating> emotions;
    BodyState body = BodyState::Unsaid;
    std::string note;
    std::vector<std::string> problems; // why the last Save was refused
    bool just_saved = false;           // show the save status by the button until the next change
};

struct TodayView {
    CalendarDay day;
    const std::vector<const CheckIn*>* checkins = nullptr;          // today's, newest first
    const std::vector<const PracticeSession*>* practices = nullptr; // today's, newest first
    const std::vector<std::string>* emotion_vocabulary = nullptr;
    SaveState save_state = SaveState::Nothing;
};

enum class TodayIntent { None, SaveCheckIn };

TodayIntent draw_today(Ui& ui, CheckInForm& form, const TodayView& view);

} // namespace onward::ui
