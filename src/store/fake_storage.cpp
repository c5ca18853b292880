#include "store/fake_storage.h"

#include <utility>

namespace onward {

void FakeStorage::open_and_load() {
    StorageEvent e;
    if (!open_failure.empty()) {
        e.kind = StorageEvent::Kind::OpenFailed;
        e.reason = open_failure;
    } else {
        for (const auto& [key, text] : records) e.records.push_back({key, text});
    }
    events_.push_back(std::move(e));
}

void FakeStorage::put(uint32_t ticket, const std::string& key, const std::string& text) {
    unanswered.push_back({ticket, key, text});
}

void FakeStorage::put_all(uint32_t ticket, const std::vector<StoredRecord>& all) {
    for (const StoredRecord& r : all) {
        if (r.text.empty()) records.erase(r.key);
        else records[r.key] = r.text;
    }
    events_.push_back({StorageEvent::Kind::JobDone, ticket, "", {}, {}});
}

void FakeStorage::read_all(uint32_t ticket) {
    StorageEvent e{StorageEvent::Kind::JobDone, ticket, "", {}, {}};
    for (const auto& [key, text] : records) e.records.push_back({key, text});
    events_.push_back(std::move(e));
}

void FakeStorage::set_passphrase(uint32_t ticket, const std::string& p) {
    passphrase = p;
    events_.push_back({StorageEvent::Kind::JobDone, ticket, "", {}, {}});
}

void FakeStorage::delete_everything(uint32_t ticket) {
    records.clear();
    passphrase.clear();
    events_.push_back({StorageEvent::Kind::JobDone, ticket, "", {}, {}});
}

void FakeStorage::unlock(const std::string& p) {
    if (p == passphrase) open_and_load();
    else events_.push_back({StorageEvent::Kind::UnlockFailed, 0, "that passphrase does not open this journal", {}, {}});
}

std::vector<StorageEvent> FakeStorage::take_events() { return std::exchange(events_, {}); }

void FakeStorage::answer_all(const std::string& failure_reason) {
    for (const Put& p : unanswered) {
        StorageEvent e;
        e.ticket = p.ticket;
        if (failure_reason.empty()) {
            if (p.text.empty()) records.erase(p.key);
            else records[p.key] = p.text;
            e.kind = StorageEvent::Kind::WriteSucceeded;
        } else {
            e.kind = StorageEvent::Kind::WriteFailed;
            e.reason = failure_reason;
        }
        events_.push_back(std::move(e));
    }
    unanswered.clear();
}

} // namespace onward
