// A made-up but realistic journal, as the records storage would hand back at start: for
// browser tests (load it into IndexedDB, then compare what the UI finds with what the core
// finds) and for benchmarks. The same (entries, seed, end) always gives the same records,
// byte for byte, on any platform and standard library: the generator uses its own PRNG,
// no std:: distributions and no libm, and is built without fused multiply-adds.
// tests/tools/README.md describes the mix.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

#include "store/storage_port.h"

namespace onward {

// Bumped whenever the mix changes, since the same seed then gives different records and
// any counts a test pinned must be looked at again.
constexpr int kGeneratedJournalVersion = 1;

// The UTC offset at home; trips of a few days use others (+0, +120, +330, -300, …).
constexpr int kGeneratedHomeOffsetMinutes = 60;
// Custom triggers "trigger-gen-001" … "trigger-gen-025". Three are merged away
// (023 → 002, 024 → 003, 025 → 023, a chain) and one is archived (022).
constexpr int kGeneratedTriggers = 25;

// Library records first (the triggers, the merges among them), then `entries` entry
// records, oldest first. Entries are spread over the ceil(entries / 4) days that end with
// the day (at home) of `end_unix_ms`; every time in them is before `end_unix_ms`.
std::vector<StoredRecord> generated_journal_records(size_t entries, uint32_t seed, int64_t end_unix_ms);

// Words the generator puts in text very rarely (each about once in 100 000 words, so about
// ten times in 20 000 entries): a search for one has a handful of answers, all of which fit
// on one screen. "aardvark", "zeppelin", … (nullptr-terminated).
extern const char* const kGeneratedRareWords[];

} // namespace onward
