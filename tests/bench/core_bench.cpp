// bench_core: the core's own operations timed natively with Google Benchmark, one
// benchmark per case and journal size ("decode/20000", "search_rare/1000", …; the cases are
// core_cases.h's, the same ones bench_core.js times in wasm). Each reports its answer's
// checksum and the generated records' checksum as counters, so tests/bench/core.mjs can
// check both runners did the same work before it compares their times.
//   build/native/bench_core --benchmark_filter='/20000$' --benchmark_repetitions=5
//                           --benchmark_out=core.json --benchmark_out_format=json
// The journal of a size is built once, the first time one of its benchmarks runs (outside
// the timing), so a filter that leaves out 100 000 never builds that one.
#include <string>

#include <benchmark/benchmark.h>

#include "bench/core_cases.h"

using namespace onward::bench;

int main(int argc, char** argv) {
    for (size_t size : kSizes)
        for (const CoreCase& c : core_cases()) {
            const std::string name = std::string(c.name) + "/" + std::to_string(size);
            const CoreCase* which = &c;
            benchmark::RegisterBenchmark(name.c_str(), [size, which](benchmark::State& state) {
                const CoreFixture& f = core_fixture(size);
                uint32_t checksum = 0;
                for (auto _ : state) {
                    checksum = which->run(f);
                    benchmark::DoNotOptimize(checksum);
                }
                state.counters["checksum"] = double(checksum);
                state.counters["records"] = double(f.records_checksum);
            })->Unit(benchmark::kMillisecond);
        }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
