#include "platform/storage_health.h"

#include <emscripten/emscripten.h>

#include "platform/frame_loop.h"

extern "C" {
void onward_js_storage_health(int ask);
int onward_js_safari_tab();
}

namespace onward::platform {
namespace {
StorageHealth health;
}

void check_storage_health(bool ask_to_persist) { onward_js_storage_health(ask_to_persist ? 1 : 0); }
const StorageHealth& storage_health() { return health; }
bool is_safari_tab() { return onward_js_safari_tab() == 1; }

} // namespace onward::platform

extern "C" EMSCRIPTEN_KEEPALIVE void onward_on_storage_health(int persisted, double used, double quota) {
    onward::platform::health = {true, persisted, used, quota};
    onward::platform::wake();
}
