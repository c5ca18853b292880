// Journal benchmark, with the standard generated journal (20 000 entries, seed 7; see
// tests/tools/README.md) in IndexedDB, in headless Chromium on loopback:
//   - navigation to the first interactive frame, beside the floor: plain JavaScript
//     reading the same records with one IndexedDB getAll on the same page;
//   - frame CPU time (the app's own per-frame timer) on the journal screen while the
//     list scrolls and while a search is typed, and on Today: the whole frame, and the
//     app's own part (without handing the frame to WebGL);
//   - insights: one recomputation in wasm (the app's own timer) beside the same core
//     natively (journal_tool insights --timings), and frame CPU on the Insights screen.
// Prints each figure beside its budget (../shared/DESIGN.md); fails nothing.
//   node tests/bench/journal.mjs [runs] [entries]
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import * as h from '../e2e/harness.mjs';

const runs = Number(process.argv[2] || 5);
const entries = Number(process.argv[3] || 20000);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const list = (xs) => xs.map((t) => t.toFixed(0)).join(', ');
const verdict = (value, budget) => (value <= budget ? 'within' : 'over');

const tool = path.join(h.repo, 'build/native/journal_tool');
const recordsFile = path.join(os.tmpdir(), `onward-bench-${entries}.json`);
fs.writeFileSync(recordsFile, execFileSync(tool, ['generate', String(entries), '7', String(Date.now())],
                                           { maxBuffer: 1 << 30 }));
const records = JSON.parse(fs.readFileSync(recordsFile, 'utf8'));

const server = await h.startServer();
const browser = await chromium.launch({ executablePath: h.chromiumPath, headless: true, args: h.chromiumArgs });

// One profile holding the journal, reused by every run.
const ctx = await browser.newContext(h.desktop);
let page = await ctx.newPage();
await page.goto(server.url);
await page.waitForFunction(() => window.onwardReady === true, null, { timeout: 30000 });
await page.evaluate((recs) => new Promise((resolve, reject) => {
  const req = indexedDB.open('onward');
  req.onerror = () => reject(req.error);
  req.onsuccess = () => {
    const tx = req.result.transaction('records', 'readwrite');
    const store = tx.objectStore('records');
    for (const r of recs) store.put(r.text, r.key);
    tx.oncomplete = () => { req.result.close(); resolve(); };
    tx.onerror = () => reject(tx.error);
  };
}), records);

const ready = [], floor = [];
for (let i = 0; i < runs; ++i) {
  await page.reload();
  await page.waitForFunction(() => window.onwardReady === true, null, { timeout: 60000 });
  ready.push(await page.evaluate(() => window.onwardReadyMs));
  floor.push(await page.evaluate(() => new Promise((resolve) => {
    const t = performance.now();
    const req = indexedDB.open('onward');
    req.onsuccess = () => {
      const get = req.result.transaction('records', 'readonly').objectStore('records').getAll();
      get.onsuccess = () => { resolve(performance.now() - t); req.result.close(); };
    };
  })));
}

// Per-frame CPU as the app measures it, sampled every animation frame while `act` runs.
async function frameTimes(act) {
  await page.evaluate(() => {
    window.benchFrames = [];
    let seen = window.onwardTest.frameCount();
    const sample = () => {
      const n = window.onwardTest.frameCount();
      if (n !== seen) {
        seen = n;
        window.benchFrames.push([window.onwardTest.lastFrameMs(), window.onwardTest.lastDrawMs()]);
      }
      if (window.benchFrames) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  await act();
  await h.settle(page);
  return page.evaluate(() => { const f = window.benchFrames; window.benchFrames = null; return f; });
}

const today = await frameTimes(async () => {
  for (let i = 0; i < 20; ++i) { await page.mouse.move(300 + i, 300); await page.waitForTimeout(30); }
});
await h.click(page, 'Tab Journal');
await page.mouse.move(640, 500);
const scrolling = await frameTimes(async () => {
  for (let i = 0; i < 60; ++i) { await page.mouse.wheel(0, 400); await page.waitForTimeout(20); }
});
await h.click(page, 'Search');
const searching = await frameTimes(async () => { await page.keyboard.type('garden walk', { delay: 40 }); });
// Insights: recomputed in wasm here, beside the same core natively.
const wasmInsights = [];
for (let i = 0; i < 11; ++i) wasmInsights.push(await page.evaluate(() => window.onwardTest.insightsMs()));
// The tool prints its timing on stderr.
const nativeTimings = spawnSync(tool, ['insights', recordsFile, String(Date.now()), '--timings'],
                                { encoding: 'utf8', maxBuffer: 1 << 30 }).stderr;
const nativeInsights = Number((/compute_insights: ([\d.]+) ms/.exec(nativeTimings) || [])[1]);
await h.click(page, 'Tab Reflect');
await h.click(page, 'See my insights');
await page.mouse.move(640, 500);
const insightsFrames = await frameTimes(async () => {
  for (let i = 0; i < 40; ++i) { await page.mouse.wheel(0, 300); await page.waitForTimeout(20); }
});
await browser.close();
server.stop();

const ratio = median(ready) / median(floor);
console.log(`Journal of ${entries} entries (median of ${runs} runs)`);
console.log(`  navigation to first interactive frame  ${median(ready).toFixed(0).padStart(5)} ms   (${list(ready)})`);
console.log(`  floor: one getAll of the same records  ${median(floor).toFixed(0).padStart(5)} ms   (${list(floor)})`);
console.log(`  ratio ${ratio.toFixed(2)}  budget 1.5: ${verdict(ratio, 1.5)}`);
// The whole frame, and the app's own part of it (the frame less WebGL's share, which under
// SwiftShader includes rasterising every triangle on the CPU).
console.log('  frame CPU (p50 / p95 ms)          whole frame      app without WebGL   budget 4 ms (app)');
for (const [name, fs] of [['Today', today], ['Journal, scrolling', scrolling], ['Journal, typing a search', searching],
                          ['Insights, scrolling', insightsFrames]]) {
  const whole = fs.map((f) => f[0]), own = fs.map((f) => f[0] - f[1]);
  console.log(`  ${name.padEnd(26)} ${pct(whole, 0.5).toFixed(1).padStart(6)} / ${pct(whole, 0.95).toFixed(1).padStart(5)}` +
              `   ${pct(own, 0.5).toFixed(1).padStart(6)} / ${pct(own, 0.95).toFixed(1).padStart(5)}` +
              `   ${verdict(pct(own, 0.95), 4)}  (${fs.length} frames)`);
}
const wasmMs = median(wasmInsights);
console.log(`  insights recompute: wasm ${wasmMs.toFixed(1)} ms (median of ${wasmInsights.length}), native ` +
            `${nativeInsights.toFixed(1)} ms: ratio ${(wasmMs / nativeInsights).toFixed(2)}  ` +
            `budget 20 ms: ${verdict(wasmMs, 20)}, ratio budget 1.6: ${verdict(wasmMs / nativeInsights, 1.6)}`);
