#include "core/emotions.h"

namespace onward {

const std::vector<std::string>& starter_emotions() {
    // Hard and gentle feelings side by side, so no check-in has to be only one kind.
    static const std::vector<std::string> kStarter = {
        "Anxious", "Sad",      "Angry",   "Afraid",  "Lonely",   "Ashamed", "Guilty",  "Numb",
        "Restless", "Overwhelmed", "Tired", "Irritable", "Calm", "Hopeful", "Grateful", "Content",
    };
    return kStarter;
}

} // namespace onward
