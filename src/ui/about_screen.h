// "About coping and healing": the idea behind the weekly check, in Onward's own words,
// and where to read more.
#pragma once
#include <string>

#include "ui/widgets.h"

namespace onward::ui {

struct AboutIntent {
    bool back = false;
    std::string open_link; // a trusted organisation's page, opened only when tapped
};

AboutIntent draw_about(Ui& ui);

} // namespace onward::ui
