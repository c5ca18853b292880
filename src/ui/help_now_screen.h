// Help now: crisis lines, one tap from every screen, and what Onward is not.
#pragma once
#include <string>

#include "ui/widgets.h"

namespace onward::ui {

struct HelpNowIntent {
    bool back = false;
    std::string open_link; // "tel:988" or "sms:988" when a number was chosen
};

HelpNowIntent draw_help_now(Ui& ui);

} // namespace onward::ui
