// The starter emotion vocabulary, in our own words. The person's library grows from it.
#pragma once
#include <string>
#include <vector>

namespace onward {

const std::vector<std::string>& starter_emotions();

} // namespace onward
