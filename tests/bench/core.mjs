// Core benchmark: the same core operations (tests/bench/core_cases.h: decode, index,
// insights, searches, filters, month_distress) on generated journals of 1 000, 20 000 and
// 100 000 entries (seed 7), timed natively (build/native/bench_core, Google Benchmark) and
// in wasm under node (build/web/bench_core.js), as the wasm/native ratio beside its budget
// (≤ 1.6, ../shared/DESIGN.md "Performance budgets"). Builds nothing: build both presets
// first. Fails nothing on a timing; it exits 1 only when the two disagree on an answer (a
// checksum), which is a correctness bug, or when a runner fails.
//   node tests/bench/core.mjs [SIZES] [--native=PATH] [--wasm=PATH] [--min-time=S] [--repetitions=N]
//   e.g. node tests/bench/core.mjs 1000,20000
// SIZES defaults to 1000,20000,100000; the paths to ONWARD_BENCH_NATIVE / ONWARD_BENCH_WASM
// or build/native/bench_core and build/web/bench_core.js. Each repetition runs for at least
// S seconds (0.2), and each time is the median of N repetitions (5), on both sides. The
// ratio is of CPU times (on a shared machine the wall clock also counts other programs'
// turns); the wall-clock ratio is shown beside it.
// Progress goes to stderr, the Markdown table to stdout.
//
// For an all-in-one runner: import { runCoreBench, coreMarkdown } from './core.mjs'.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const CORE_SIZES = [1000, 20000, 100000];
export const CORE_BUDGET = 1.6; // wasm time / native time

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// Runs a program to its end; resolves with its stdout, passing stderr (and stdout, when
// `echo`) on to `log` as it comes. Rejects when it cannot start or exits other than 0.
function run(command, args, log, echo) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    child.stdout.on('data', (d) => { out.push(d); if (echo) log(String(d)); });
    child.stderr.on('data', (d) => log(String(d)));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else reject(new Error(`${path.basename(command)} ${args.join(' ')} ended with ${signal || `exit code ${code}`}`));
    });
  });
}

const toMs = { ns: 1e-6, us: 1e-3, ms: 1, s: 1e3 };

// bench_core's JSON (--benchmark_out): the median of the repetitions (the single run when
// there is one), by name ("decode/20000").
function nativeResults(report) {
  const out = new Map();
  for (const b of report.benchmarks) {
    const median = b.run_type === 'aggregate' && b.aggregate_name === 'median';
    if (!median && !(b.run_type === 'iteration' && (b.repetitions ?? 1) <= 1)) continue;
    out.set(b.run_name, { ms: b.real_time * toMs[b.time_unit], cpu_ms: b.cpu_time * toMs[b.time_unit],
                          iterations: b.iterations, checksum: b.checksum, records: b.records });
  }
  return out;
}

// Times every case at each size, natively then in wasm (size by size, so a busy machine
// weighs on both alike), and returns one row per case and size:
//   { operation, size, nativeMs, wasmMs, ratio, within, nativeWallMs, wasmWallMs, wallRatio,
//     nativeChecksum, wasmChecksum, nativeRecords, wasmRecords, checksumsAgree }
// Times are milliseconds per run, the median repetition: nativeMs/wasmMs CPU time (what
// `ratio` and `within`, ratio ≤ CORE_BUDGET, go by), the *WallMs ones wall-clock time.
// `checksumsAgree`: both gave the same answer over the same records. A case only one side
// ran comes back with the other side's fields null.
export async function runCoreBench({
  sizes = CORE_SIZES,
  native = process.env.ONWARD_BENCH_NATIVE || path.join(repo, 'build/native/bench_core'),
  wasm = process.env.ONWARD_BENCH_WASM || path.join(repo, 'build/web/bench_core.js'),
  minTime = 0.2,
  repetitions = 5,
  log = (s) => process.stderr.write(s),
} = {}) {
  for (const file of [native, wasm])
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: build the native and web presets first`);
  const outFile = path.join(os.tmpdir(), `onward-bench-core-${process.pid}.json`);
  const rows = [];
  try {
    for (const size of sizes) {
      log(`\n== ${size} entries: native (${native})\n`);
      await run(native, [`--benchmark_filter=/${size}$`, `--benchmark_min_time=${minTime}`,
                         `--benchmark_repetitions=${repetitions}`, '--benchmark_report_aggregates_only=true',
                         `--benchmark_out=${outFile}`, '--benchmark_out_format=json'], log, true);
      const nat = nativeResults(JSON.parse(fs.readFileSync(outFile, 'utf8')));
      log(`== ${size} entries: wasm (node ${wasm})\n`);
      const was = new Map(JSON.parse(await run(process.execPath, [wasm, `--sizes=${size}`, `--min-time=${minTime}`,
                                                                   `--repetitions=${repetitions}`], log, false))
        .map((r) => [r.name, r]));
      for (const name of new Set([...nat.keys(), ...was.keys()])) {
        const n = nat.get(name), w = was.get(name);
        const ratio = n && w ? w.cpu_ms / n.cpu_ms : null;
        rows.push({
          operation: name.slice(0, name.lastIndexOf('/')), size,
          nativeMs: n?.cpu_ms ?? null, wasmMs: w?.cpu_ms ?? null, ratio, within: ratio !== null && ratio <= CORE_BUDGET,
          nativeWallMs: n?.ms ?? null, wasmWallMs: w?.ms ?? null, wallRatio: n && w ? w.ms / n.ms : null,
          nativeChecksum: n?.checksum ?? null, wasmChecksum: w?.checksum ?? null,
          nativeRecords: n?.records ?? null, wasmRecords: w?.records ?? null,
          checksumsAgree: !!n && !!w && n.checksum === w.checksum && n.records === w.records,
        });
      }
    }
  } finally {
    fs.rmSync(outFile, { force: true });
  }
  return rows;
}

function fmtMs(ms) {
  if (ms === null) return '—';
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(3);
}

// The rows as a Markdown table.
export function coreMarkdown(rows) {
  const lines = [
    `| operation | entries | native ms | wasm ms | wasm/native | budget ≤ ${CORE_BUDGET} | wall-clock ratio | checksums |`,
    '|---|---:|---:|---:|---:|---|---:|---|',
  ];
  for (const r of rows) {
    const agree = r.checksumsAgree ? `agree (${r.wasmChecksum.toString(16).padStart(8, '0')})`
      : r.nativeChecksum === null || r.wasmChecksum === null ? `**MISSING** in ${r.nativeChecksum === null ? 'native' : 'wasm'}`
      : `**MISMATCH** native ${r.nativeChecksum}/${r.nativeRecords}, wasm ${r.wasmChecksum}/${r.wasmRecords}`;
    lines.push(`| ${r.operation} | ${r.size} | ${fmtMs(r.nativeMs)} | ${fmtMs(r.wasmMs)} | ` +
               `${r.ratio === null ? '—' : r.ratio.toFixed(2)} | ${r.ratio === null ? '—' : r.within ? 'within' : 'over'} | ` +
               `${r.wallRatio === null ? '—' : r.wallRatio.toFixed(2)} | ${agree} |`);
  }
  return lines.join('\n');
}

async function main() {
  const opts = {};
  for (const arg of process.argv.slice(2)) {
    const [key, value] = arg.startsWith('--') ? [arg.slice(2, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : ['sizes', arg];
    if (key === 'sizes') opts.sizes = value.split(',').map(Number);
    else if (key === 'native' || key === 'wasm') opts[key] = path.resolve(value);
    else if (key === 'min-time') opts.minTime = Number(value);
    else if (key === 'repetitions') opts.repetitions = Number(value);
    else opts.bad = arg;
    if (opts.sizes?.some((n) => !Number.isInteger(n) || n <= 0) || Number.isNaN(opts.minTime) ||
        (opts.repetitions !== undefined && !(Number.isInteger(opts.repetitions) && opts.repetitions > 0)))
      opts.bad = arg;
    if (opts.bad) {
      console.error(`core.mjs: cannot use ${opts.bad}\nusage: node tests/bench/core.mjs [1000,20000,100000] ` +
                    '[--native=PATH] [--wasm=PATH] [--min-time=SECONDS] [--repetitions=N]');
      process.exit(2);
    }
  }
  const started = performance.now();
  const load = os.loadavg()[0];
  let rows;
  try {
    rows = await runCoreBench(opts);
  } catch (e) {
    console.error(`core.mjs: ${e.message}`);
    process.exit(1);
  }
  console.log(`\nCore benchmark: wasm (node ${process.version}) beside native, median CPU time per run, ` +
              `seed 7; load average ${load.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end ` +
              `(${os.cpus().length} CPUs).\n`);
  console.log(coreMarkdown(rows));
  const timed = rows.filter((r) => r.ratio !== null);
  console.log(`\n${timed.filter((r) => r.within).length} of ${timed.length} within ${CORE_BUDGET}× (reported, not a test); ` +
              `took ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  const bad = rows.filter((r) => !r.checksumsAgree);
  if (bad.length) {
    console.error(`\ncore.mjs: ERROR: native and wasm disagree on (or only one ran) ${bad.length} case(s): ` +
                  `${bad.map((r) => `${r.operation}/${r.size}`).join(', ')}. The generator or the core behaves ` +
                  'differently in wasm: a correctness bug, not a timing.');
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(fs.realpathSync(process.argv[1])).href) await main();
