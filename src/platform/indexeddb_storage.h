// The storage port, implemented with the browser's IndexedDB (web/onward_platform.js).
#pragma once
#include <string>

#include "store/storage_port.h"

namespace onward::platform {

class IndexedDbStorage : public StoragePort {
public:
    explicit IndexedDbStorage(std::string database_name) : name_(std::move(database_name)) {}
    void open_and_load() override;
    void put(uint32_t ticket, const std::string& key, const std::string& text) override;
    std::vector<StorageEvent> take_events() override;

private:
    std::string name_;
};

} // namespace onward::platform
