// Storage in a std::map, answering only when a test says so: lets tests of the layer
// above the port see every in-between state (saving, failed, retried, saved).
#pragma once
#include <map>

#include "store/storage_port.h"

namespace onward {

class FakeStorage : public StoragePort {
public:
    std::map<std::string, std::string> records;
    struct Put {
        uint32_t ticket;
        std::string key, text;
    };
    std::vector<Put> unanswered;
    std::string open_failure; // non-empty: open_and_load fails with this reason

    void open_and_load() override;
    void put(uint32_t ticket, const std::string& key, const std::string& text) override;
    std::vector<StorageEvent> take_events() override;
    // Jobs are answered at once; the passphrase is only remembered (no encryption here).
    void put_all(uint32_t ticket, const std::vector<StoredRecord>& records) override;
    void read_all(uint32_t ticket) override;
    void set_passphrase(uint32_t ticket, const std::string& passphrase) override;
    void delete_everything(uint32_t ticket) override;
    void unlock(const std::string& passphrase) override;
    std::string passphrase;

    // Answers every outstanding put: stores it, or fails it with `reason` when given.
    void answer_all(const std::string& failure_reason = "");

private:
    std::vector<StorageEvent> events_;
};

} // namespace onward
