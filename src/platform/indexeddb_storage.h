// The storage port, implemented with the browser's IndexedDB (web/onward_platform.js):
// database "onward", object store "records", one record per key. The page starts
// opening and reading it before the app runs; open_and_load collects that reading.
// With a passphrase, the page seals each record (AES-GCM) on its way in and opens it on
// its way out: C++ only ever sees plain text, in memory.
#pragma once
#include "store/storage_port.h"

namespace onward::platform {

class IndexedDbStorage : public StoragePort {
public:
    void open_and_load() override;
    void put(uint32_t ticket, const std::string& key, const std::string& text) override;
    std::vector<StorageEvent> take_events() override;
    void put_all(uint32_t ticket, const std::vector<StoredRecord>& records) override;
    void read_all(uint32_t ticket) override;
    void set_passphrase(uint32_t ticket, const std::string& passphrase) override;
    void delete_everything(uint32_t ticket) override;
    void unlock(const std::string& passphrase) override;
};

} // namespace onward::platform
