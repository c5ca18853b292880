// bench_core.js: the core benchmark's cases (core_cases.h) timed in the Emscripten build,
// under node, with the same core code the site ships (the web preset's flags). Google
// Benchmark does not build for Emscripten, so this is a plain loop shaped like it: per case,
// a warm-up of MIN_TIME seconds (at least one run: node compiles hot wasm functions again,
// optimised, in the background), then R repetitions of as many iterations as fill MIN_TIME
// seconds (at least one); the answer is the median repetition's time per iteration, both
// wall-clock and CPU time (node's process.cpuUsage(): on a busy machine the wall clock also
// counts the time other programs had the core; Google Benchmark reports both too).
//   node build/web/bench_core.js [--sizes=1000,20000,100000] [--cases=decode,index,…]
//                                [--min-time=0.2] [--repetitions=5]
// Prints a JSON array on stdout, one object a line:
//   {"name":"decode/20000","ms":312.5,"cpu_ms":310.2,"iterations":5,"repetitions":5,"checksum":123,"records":456}
// `checksum` is the case's answer, `records` the generated records' (core_cases.h);
// tests/bench/core.mjs compares both with bench_core's, natively. Progress goes to stderr.
// Exits 1 if a case gave different answers on different runs, 2 on bad arguments.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#else
#include <ctime>
#endif

#include "bench/core_cases.h"

using namespace onward::bench;

#ifdef __EMSCRIPTEN__
// The node process's CPU time (every thread: after the warm-up that is this one).
EM_JS(double, cpu_ms, (), { const u = process.cpuUsage(); return (u.user + u.system) / 1000; });
#else
// Natively (for checking this loop against Google Benchmark's): the process's CPU time.
double cpu_ms() { return double(std::clock()) * 1000 / CLOCKS_PER_SEC; }
#endif

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

double median(std::vector<double> xs) {
    std::sort(xs.begin(), xs.end());
    const size_t n = xs.size();
    return n % 2 ? xs[n / 2] : (xs[n / 2 - 1] + xs[n / 2]) / 2;
}

std::vector<std::string> split(const std::string& s) {
    std::vector<std::string> out;
    size_t at = 0;
    while (at <= s.size()) {
        const size_t comma = std::min(s.find(',', at), s.size());
        if (comma > at) out.push_back(s.substr(at, comma - at));
        at = comma + 1;
    }
    return out;
}

bool starts_with(const char* s, const char* prefix, const char*& rest) {
    const size_t n = std::strlen(prefix);
    if (std::strncmp(s, prefix, n) != 0) return false;
    rest = s + n;
    return true;
}

struct Options {
    std::vector<size_t> sizes{std::begin(kSizes), std::end(kSizes)};
    std::vector<std::string> cases; // empty: all
    double min_time = 0.2;          // seconds per repetition
    int repetitions = 5;
};

bool parse(int argc, char** argv, Options& o) {
    for (int i = 1; i < argc; ++i) {
        const char* v = nullptr;
        char* end = nullptr;
        if (starts_with(argv[i], "--sizes=", v)) {
            o.sizes.clear();
            for (const std::string& s : split(v)) {
                const unsigned long long n = std::strtoull(s.c_str(), &end, 10);
                if (*end || n == 0 || n > 10000000) return false;
                o.sizes.push_back(size_t(n));
            }
        } else if (starts_with(argv[i], "--cases=", v)) {
            o.cases = split(v);
            for (const std::string& name : o.cases)
                if (std::none_of(core_cases().begin(), core_cases().end(),
                                 [&](const CoreCase& c) { return name == c.name; }))
                    return false;
        } else if (starts_with(argv[i], "--min-time=", v)) {
            o.min_time = std::strtod(v, &end);
            if (*end || !(o.min_time >= 0 && o.min_time <= 60)) return false;
        } else if (starts_with(argv[i], "--repetitions=", v)) {
            o.repetitions = int(std::strtol(v, &end, 10));
            if (*end || o.repetitions < 1 || o.repetitions > 1000) return false;
        } else {
            return false;
        }
    }
    return !o.sizes.empty();
}

volatile uint32_t g_sink; // keeps every run's answer alive

} // namespace

int main(int argc, char** argv) {
    Options o;
    if (!parse(argc, argv, o)) {
        std::fputs("usage: bench_core.js [--sizes=1000,20000,100000] [--cases=decode,index,...] "
                   "[--min-time=SECONDS] [--repetitions=N]\n",
                   stderr);
        return 2;
    }
    bool consistent = true;
    std::vector<std::string> rows; // printed at the end, so stdout is only ever whole JSON
    for (size_t size : o.sizes) {
        const CoreFixture& f = core_fixture(size);
        for (const CoreCase& c : core_cases()) {
            if (!o.cases.empty() && std::find(o.cases.begin(), o.cases.end(), c.name) == o.cases.end()) continue;
            // The warm-up also tells how many iterations fill a repetition.
            Clock::time_point t0 = Clock::now();
            const uint32_t checksum = c.run(f);
            long warm = 1;
            for (; seconds_since(t0) < o.min_time; ++warm) {
                g_sink = c.run(f);
                consistent = consistent && g_sink == checksum;
            }
            const double once = seconds_since(t0) / double(warm);
            const long per_rep = std::max(1L, long(std::ceil(o.min_time / std::max(once, 1e-9))));
            std::vector<double> wall, cpu;
            long iterations = 0;
            for (int rep = 0; rep < o.repetitions; ++rep) {
                const double cpu0 = cpu_ms();
                t0 = Clock::now();
                for (long i = 0; i < per_rep; ++i) {
                    const uint32_t again = c.run(f);
                    g_sink = again;
                    consistent = consistent && again == checksum;
                }
                wall.push_back(seconds_since(t0) * 1000 / double(per_rep));
                cpu.push_back((cpu_ms() - cpu0) / double(per_rep));
                iterations += per_rep;
            }
            const double ms = median(wall), cms = median(cpu);
            char row[256];
            std::snprintf(row, sizeof row,
                          "{\"name\":\"%s/%zu\",\"ms\":%.6f,\"cpu_ms\":%.6f,\"iterations\":%ld,\"repetitions\":%d,"
                          "\"checksum\":%u,\"records\":%u}",
                          c.name, size, ms, cms, iterations, o.repetitions, unsigned(checksum),
                          unsigned(f.records_checksum));
            rows.push_back(row);
            std::fprintf(stderr, "%s/%zu: %.3f ms, CPU %.3f ms (median of %d x %ld)\n", c.name, size, ms, cms,
                         o.repetitions, per_rep);
        }
    }
    std::printf("[\n");
    for (size_t i = 0; i < rows.size(); ++i) std::printf("%s%s\n", rows[i].c_str(), i + 1 < rows.size() ? "," : "");
    std::printf("]\n");
    if (!consistent) std::fputs("bench_core.js: a case gave different answers on different runs\n", stderr);
    return consistent ? 0 : 1;
}
