// The line at the top of every screen: where I am, and whether my words are safe on disk.
#pragma once
#include <string>
#include <vector>

#include "store/save_queue.h"
#include "ui/widgets.h"

namespace onward::ui {

struct HeaderView {
    SaveStatus save;
    std::vector<std::string> notices; // things the person should know, in plain words
};

void draw_header(Ui& ui, const HeaderView& view);
const char* save_status_words(SaveState s);

} // namespace onward::ui
