// The one seam between the app and wherever records live. The browser build talks to
// IndexedDB through it (src/platform); unit tests use FakeStorage. Everything is
// asynchronous: calls start work, and what happened comes back as events the app
// collects once per frame.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace onward {

struct StoredRecord {
    std::string key;
    std::string text; // one JSON record
};

struct StorageEvent {
    enum class Kind {
        Loaded,           // open succeeded; `records` holds every record there is
        OpenFailed,       // `reason` says why; the app keeps working from memory
        WriteSucceeded,   // the transaction for `ticket` completed: the record is on disk
        WriteFailed,      // `reason` says why; the record is still only in memory
        ChangedElsewhere, // another tab saved `records` to the same journal
    };
    Kind kind = Kind::Loaded;
    uint32_t ticket = 0;
    std::string reason;
    std::vector<StoredRecord> records;
    std::vector<std::string> removed; // ChangedElsewhere: keys another tab removed
};

class StoragePort {
public:
    virtual ~StoragePort() = default;
    virtual void open_and_load() = 0;
    // Writes one record in its own durable transaction; answers with WriteSucceeded or
    // WriteFailed carrying the same ticket. An empty `text` removes the record, so a
    // removal is queued, retried and acknowledged exactly like a save.
    virtual void put(uint32_t ticket, const std::string& key, const std::string& text) = 0;
    virtual std::vector<StorageEvent> take_events() = 0;
};

} // namespace onward
