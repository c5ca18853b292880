// Records waiting to be on disk. A change is "saved" only when storage says its
// transaction completed; until then it stays here, and failed writes are retried with a
// growing pause. Nothing in here is ever dropped.
#pragma once
#include <cstdint>
#include <map>
#include <string>

#include "store/storage_port.h"

namespace onward {

struct SaveQueue {
    struct Waiting {
        std::string text;
        uint32_t in_flight = 0;    // ticket of the write carrying `text`, 0 when none
        int failures = 0;
        double retry_at_ms = 0;
    };
    std::map<std::string, Waiting> waiting; // by record key; the newest text wins
    std::map<uint32_t, std::string> sent;   // ticket -> text it carried, for stale answers
    std::string last_failure;
    uint32_t next_ticket = 1;
    bool ever_saved = false;
};

enum class SaveState { Nothing, Saving, Saved, Retrying };

struct SaveStatus {
    SaveState state = SaveState::Nothing;
    size_t waiting = 0;
    std::string reason; // the latest failure, while retrying
};

void keep_record(SaveQueue& q, const std::string& key, const std::string& text);
// Starts a write for every waiting record that has none in flight and whose pause is over.
void send_due(SaveQueue& q, StoragePort& port, double now_ms);
// Applies WriteSucceeded / WriteFailed; other events are not the queue's business.
void note_result(SaveQueue& q, const StorageEvent& e, double now_ms);
SaveStatus save_status(const SaveQueue& q);
// When send_due next has work to do: 0 if now, a time in ms, or -1 for never.
double next_send_ms(const SaveQueue& q);

} // namespace onward
