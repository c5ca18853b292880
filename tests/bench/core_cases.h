// The core benchmark's operations, defined once and timed by two runners: natively with
// Google Benchmark (core_bench.cpp, `bench_core`) and in wasm under node with a plain loop
// (core_bench_wasm.cpp, `bench_core.js`); tests/bench/core.mjs puts the two side by side as
// the wasm/native ratio (budget: ≤ 1.6, ../shared/DESIGN.md "Performance budgets").
//
// Each case runs one operation of the core once over a generated journal (seed 7, END_MS
// 1795000000000: the standard journal of tests/tools/README.md, at 1 000, 20 000 and
// 100 000 entries) and returns a checksum of its answer. Both runners report it, so the
// comparison shows that both did the same work on the same records: the generator is meant
// to give byte-identical records on every platform, and a mismatch is a correctness bug,
// never a timing.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/journal_search.h"
#include "store/journal_records.h"
#include "store/storage_port.h"

namespace onward::bench {

constexpr uint32_t kSeed = 7;
constexpr int64_t kEndMs = 1795000000000; // 2026-11-18 11:06:40 UTC: the day never moves
constexpr size_t kSizes[] = {1000, 20000, 100000};

// FNV-1a, 32 bits: small, the same everywhere, and exact in a double (Google Benchmark's
// counters and JSON numbers are doubles).
class Checksum {
public:
    void add(const std::string& s) {
        for (unsigned char c : s) byte(c);
        byte(0xFF); // a separator no UTF-8 text contains, so "ab","c" differs from "a","bc"
    }
    void add(uint64_t v) {
        for (int i = 0; i < 8; ++i) byte(uint8_t(v >> (8 * i))); // little-endian on every platform
    }
    uint32_t value() const { return h_; }

private:
    void byte(uint8_t b) { h_ = (h_ ^ b) * 16777619u; }
    uint32_t h_ = 2166136261u;
};

// A generated journal as the app holds it: the records storage hands back at start, and
// the journal loaded and indexed from them (what the search and insights cases read).
struct CoreFixture {
    size_t entries = 0;
    std::vector<StoredRecord> records;
    uint32_t records_checksum = 0; // over every key and text: proves the generator agreed
    LoadedJournal loaded;
    EntryIndex index;
};

// Built on first use. Only one size is kept at a time (100 000 entries take hundreds of
// MB, which matters in wasm), so run every case of one size before the next size.
const CoreFixture& core_fixture(size_t entries);

struct CoreCase {
    const char* name;                      // "decode", "search_common", …
    uint32_t (*run)(const CoreFixture& f); // the operation once; the checksum of its answer
};

// In the order the runners report them.
const std::vector<CoreCase>& core_cases();

} // namespace onward::bench
