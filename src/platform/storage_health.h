// How safe the journal is where it lives: whether the browser promised to keep it
// (persistent storage), how much room it uses, and whether this is a Safari tab that
// may lose site data after 7 days without a visit.
#pragma once
#include <cstdint>

namespace onward::platform {

struct StorageHealth {
    bool known = false;     // an answer has arrived
    int persisted = -1;     // 1 granted, 0 not (yet), -1 the browser cannot say
    double used_bytes = -1; // -1: not told
    double quota_bytes = -1;
};

// Asks for an up-to-date answer; `ask_to_persist` also asks the browser to keep the
// journal (done at the first save). The answer arrives between frames.
void check_storage_health(bool ask_to_persist);
const StorageHealth& storage_health();
bool is_safari_tab();

} // namespace onward::platform
