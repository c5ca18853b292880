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
        // The journal is locked with a passphrase: `records` holds only what is kept
        // readable without it (the safety plan and the crisis lines). Unlock to load.
        Locked,
        UnlockFailed, // `reason` says why; nothing was read or changed
        // A job (put_all, read_all, set_passphrase, delete_everything) ended: `reason` is
        // empty when it worked. read_all answers with every record in `records`.
        JobDone,
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

    // Jobs, each answered by one JobDone with the same ticket. Their tickets come from
    // the app's own counter, apart from the save queue's.
    // Writes every record (empty text removes) in one transaction: all or nothing.
    virtual void put_all(uint32_t ticket, const std::vector<StoredRecord>& records) = 0;
    // Every record as it is now, readable (decrypted when a passphrase is set).
    virtual void read_all(uint32_t ticket) = 0;
    // Turns the passphrase on or changes it (re-encrypting every record in one
    // transaction); an empty passphrase turns it off.
    virtual void set_passphrase(uint32_t ticket, const std::string& passphrase) = 0;
    // Removes every record and everything else this site keeps, then checks it is gone.
    virtual void delete_everything(uint32_t ticket) = 0;
    // After Locked: answers Loaded (every record) or UnlockFailed.
    virtual void unlock(const std::string& passphrase) = 0;
};

} // namespace onward
