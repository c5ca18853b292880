// What the quick check-in on Today and the full entry share: the form's state, the
// pickers for feelings and body, and how times are written.
#pragma once
#include <string>
#include <vector>

#include "core/entry.h"
#include "core/library.h"
#include "store/save_queue.h"
#include "ui/widgets.h"

namespace onward::ui {

// An entry being written. The app gives it an id when the person first changes something,
// so its draft can be kept under that id, and turns it into a saved entry on Save.
struct EntryForm {
    Entry entry;
    bool editing = false;              // an entry already in the journal, opened to change
    std::vector<std::string> problems; // why the last Save was refused
    bool just_saved = false;           // show the save status by the button until the next change
    // The inline "add a new one" fields.
    std::string new_trigger, new_action, new_emotion;
};

// "18:04"
std::string clock_text(const LocalTime& t);
// "Wednesday, 25 November"
std::string day_text(const CalendarDay& d);
// "25 Nov"
std::string day_month_text(const CalendarDay& d);
// "Wed 25 Nov 2026"
std::string short_day_text(const CalendarDay& d);
// "Wed 25 Nov 2026, 18:04", and the entry's own UTC offset when it differs from the
// device's now (written while travelling, or across a clock change): honest, not moved.
std::string when_text(const LocalTime& t, int device_offset_minutes);

// "Distress 6", or "Distress 7 → 3" when there is an after.
std::string distress_words(const Entry& e);
// "Sad 6, Angry 3": the feelings named, each with its strength.
std::string feelings_words(const Entry& e, const Library& library);
// One line of what an entry holds besides its words: emotions, body, trigger, functions.
std::string entry_details(const Entry& e, const Library& library);

// The first line of the person's own words (up to 160 bytes), for a row: a glimpse, not
// the whole, which may be a book.
std::string glimpse(const Entry& e);

// Emotions from the library as chips, then a strength for each one picked. With
// `add_field`, a field to name a new one: true in `add_pressed` when its Add is tapped.
bool emotion_picker(Ui& ui, std::vector<EmotionRating>& emotions, const Library& library, std::string* add_field,
                    bool& add_pressed);
bool body_picker(Ui& ui, BodyState& body);
// A one-line field with an Add button beside it; true when Add is pressed with something
// typed.
bool add_field(Ui& ui, const char* label, std::string& text, const char* hint);
// Yes / No chips, tapping the chosen one again clears it.
bool answer_picker(Ui& ui, const char* prefix, Answer& answer);

// By the Save button, after a save: the header may be scrolled away on a phone.
void saved_line(SaveState state);
// Why the last change was refused, in the warning colour.
void problem_lines(Ui& ui, const std::vector<std::string>& problems);

} // namespace onward::ui
