// The whole benchmark, one command (README, "Benchmark"): the core natively and in wasm
// (core.mjs), the first-visit download and the empty start (startup.mjs), and the
// 20 000-entry journal in the browser (journal.mjs). Prints Markdown tables and writes
// build/bench/results.json and build/bench/results.md. Every figure is beside its budget
// (../shared/DESIGN.md) with "within" or "over"; nothing fails on a timing (a native/wasm
// checksum mismatch is a correctness failure and does).
//   node tests/bench/run.mjs [--quick]
// --quick: the core at 1 000 and 20 000 entries, fewer runs (a few minutes instead of ~15).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as h from '../e2e/harness.mjs';
import { coreMarkdown, runCoreBench } from './core.mjs';
import { journalRows } from './journal.mjs';
import { markdown } from './report.mjs';
import { downloadRows, startupRows } from './startup.mjs';

const quick = process.argv.includes('--quick');
const started = Date.now();
const machine = `${os.cpus().length} × ${os.cpus()[0].model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, ` +
                `node ${process.version}, load average ${os.loadavg()[0].toFixed(1)} at the start`;

const core = await runCoreBench({ sizes: quick ? [1000, 20000] : [1000, 20000, 100000], log: () => {} });
const browser = [...downloadRows(), ...(await startupRows(quick ? 3 : 7)),
                 ...(await journalRows({ runs: quick ? 3 : 5, entries: 20000, saves: quick ? 50 : 200 }))];

const md = [
  `# Onward benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`, '',
  `Machine: ${machine}; took ${((Date.now() - started) / 60000).toFixed(1)} min${quick ? ' (--quick)' : ''}.`, '',
  '## The core, natively (Google Benchmark) and in wasm under node', '',
  'Median CPU time per run over 5 repetitions; budget: wasm ≤ 1.6 × native.', '',
  coreMarkdown(core), '',
  '## In the browser (headless Chromium, SwiftShader, loopback)', '',
  markdown(browser), '',
].join('\n');
const dir = path.join(h.repo, 'build/bench');
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, 'results.json'),
                 JSON.stringify({ when: new Date().toISOString(), machine, quick, core, browser }, null, 1));
fs.writeFileSync(path.join(dir, 'results.md'), md);
console.log(md);
console.log(`Written to ${path.relative(process.cwd(), dir)}/results.json and results.md`);
const mismatched = core.filter((r) => !r.checksumsAgree);
if (mismatched.length) {
  console.error(`native and wasm disagree on ${mismatched.map((r) => `${r.operation}/${r.size}`).join(', ')}`);
  process.exit(1);
}
