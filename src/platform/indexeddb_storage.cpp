#include "platform/indexeddb_storage.h"

#include <emscripten/emscripten.h>

#include <utility>

#include "platform/frame_loop.h"

extern "C" {
void onward_js_idb_open();
void onward_js_idb_put(uint32_t ticket, const char* key, const char* text);
void onward_js_batch_add(const char* key, const char* text);
void onward_js_put_all(uint32_t ticket);
void onward_js_read_all(uint32_t ticket);
void onward_js_set_passphrase(uint32_t ticket, const char* passphrase);
void onward_js_delete_everything(uint32_t ticket);
void onward_js_unlock(const char* passphrase);
}

namespace onward::platform {
namespace {

// Answers arrive from JavaScript between frames; they wait here for the next frame.
std::vector<StorageEvent> arrived;
StorageEvent loading;

void arrive(StorageEvent e) {
    arrived.push_back(std::move(e));
    wake();
}

} // namespace

void IndexedDbStorage::open_and_load() { onward_js_idb_open(); }

void IndexedDbStorage::put(uint32_t ticket, const std::string& key, const std::string& text) {
    onward_js_idb_put(ticket, key.c_str(), text.c_str());
}

void IndexedDbStorage::put_all(uint32_t ticket, const std::vector<StoredRecord>& records) {
    for (const StoredRecord& r : records) onward_js_batch_add(r.key.c_str(), r.text.c_str());
    onward_js_put_all(ticket);
}

void IndexedDbStorage::read_all(uint32_t ticket) { onward_js_read_all(ticket); }

void IndexedDbStorage::set_passphrase(uint32_t ticket, const std::string& passphrase) {
    onward_js_set_passphrase(ticket, passphrase.c_str());
}

void IndexedDbStorage::delete_everything(uint32_t ticket) { onward_js_delete_everything(ticket); }

void IndexedDbStorage::unlock(const std::string& passphrase) { onward_js_unlock(passphrase.c_str()); }

std::vector<StorageEvent> IndexedDbStorage::take_events() { return std::exchange(arrived, {}); }

} // namespace onward::platform

extern "C" {
using onward::StorageEvent;

EMSCRIPTEN_KEEPALIVE void onward_on_load_begin(int count) {
    onward::platform::loading = StorageEvent{};
    onward::platform::loading.records.reserve(size_t(count));
}
EMSCRIPTEN_KEEPALIVE void onward_on_load_record(const char* key, const char* text) {
    onward::platform::loading.records.push_back({key, text});
}
// `kind`: 0 every record at start or after unlocking, 1 locked (only what stays readable),
// 2 the answer to read_all `ticket`.
EMSCRIPTEN_KEEPALIVE void onward_on_load_end(int kind, uint32_t ticket) {
    using K = StorageEvent::Kind;
    onward::platform::loading.kind = kind == 0 ? K::Loaded : kind == 1 ? K::Locked : K::JobDone;
    onward::platform::loading.ticket = ticket;
    onward::platform::arrive(std::exchange(onward::platform::loading, {}));
}
EMSCRIPTEN_KEEPALIVE void onward_on_job_done(uint32_t ticket, const char* reason) {
    StorageEvent e;
    e.kind = StorageEvent::Kind::JobDone;
    e.ticket = ticket;
    e.reason = reason;
    onward::platform::arrive(std::move(e));
}
EMSCRIPTEN_KEEPALIVE void onward_on_unlock_failed(const char* reason) {
    StorageEvent e;
    e.kind = StorageEvent::Kind::UnlockFailed;
    e.reason = reason;
    onward::platform::arrive(std::move(e));
}
EMSCRIPTEN_KEEPALIVE void onward_on_open_failed(const char* reason) {
    StorageEvent e;
    e.kind = StorageEvent::Kind::OpenFailed;
    e.reason = reason;
    onward::platform::arrive(std::move(e));
}
EMSCRIPTEN_KEEPALIVE void onward_on_changed_record(const char* key, const char* text) {
    StorageEvent e;
    e.kind = StorageEvent::Kind::ChangedElsewhere;
    // An empty text: the other tab removed the record.
    if (*text) e.records.push_back({key, text});
    else e.removed.push_back(key);
    onward::platform::arrive(std::move(e));
}
EMSCRIPTEN_KEEPALIVE void onward_on_write_done(uint32_t ticket, int ok, const char* reason) {
    StorageEvent e;
    e.kind = ok ? StorageEvent::Kind::WriteSucceeded : StorageEvent::Kind::WriteFailed;
    e.ticket = ticket;
    if (reason) e.reason = reason;
    onward::platform::arrive(std::move(e));
}
}
