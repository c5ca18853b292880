// Enums are stored by short words ("soothe", "keeping_busy"). Every enum reads its word
// back the same way: the one value in its list whose key matches.
#pragma once
#include <cstddef>
#include <string>

namespace onward {

template <class E, size_t N>
bool from_key(const E (&all)[N], const char* (*key_of)(E), const std::string& key, E& out) {
    for (E e : all)
        if (key == key_of(e)) {
            out = e;
            return true;
        }
    return false;
}

} // namespace onward
