// The storage port, implemented with the browser's IndexedDB (web/onward_platform.js):
// database "onward", object store "records", one record per key. The page starts
// opening and reading it before the app runs; open_and_load collects that reading.
#pragma once
#include "store/storage_port.h"

namespace onward::platform {

class IndexedDbStorage : public StoragePort {
public:
    void open_and_load() override;
    void put(uint32_t ticket, const std::string& key, const std::string& text) override;
    std::vector<StorageEvent> take_events() override;
};

} // namespace onward::platform
