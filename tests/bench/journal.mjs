// Journal benchmark, with the standard generated journal (20 000 entries, seed 7; see
// tests/tools/README.md) in IndexedDB, in headless Chromium on loopback:
//   - navigation to the first interactive frame, beside the floor: plain JavaScript
//     reading the same records with one IndexedDB getAll on the same page;
//   - frame CPU time (the app's own per-frame timer) on Today, on the journal while the
//     list scrolls and while a search is typed, and on Insights: the whole frame, and the
//     app's own part (without handing the frame to WebGL);
//   - insights: one recomputation in wasm (the app's own timer) beside the same core
//     natively (journal_tool insights --timings);
//   - saves: check-ins saved through the UI, each write timed from being asked to its
//     transaction being complete (p50 / p95);
//   - frames drawn per second while nothing moves; the wasm heap in use.
// Each figure beside its budget (../shared/DESIGN.md); fails nothing.
//   node tests/bench/journal.mjs [runs] [entries] [saves]      (run.mjs runs it with the others)
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as h from '../e2e/harness.mjs';
import { markdown, median, pct, row, runDirectly } from './report.mjs';

export async function journalRows({ runs = 5, entries = 20000, saves = 200 } = {}) {
  const recordsFile = path.join(os.tmpdir(), `onward-bench-${entries}.json`);
  fs.writeFileSync(recordsFile, execFileSync(h.journalTool, ['generate', String(entries), '7', String(Date.now())],
                                             { maxBuffer: 1 << 30 }));
  const records = JSON.parse(fs.readFileSync(recordsFile, 'utf8'));

  const server = await h.startServer();
  // One profile on disk holding the journal, reused by every run (a private window's
  // IndexedDB would live in memory, and make saves look faster than they are).
  const ctx = await h.launch(h.newProfileDir());
  const page = ctx.pages()[0] || (await ctx.newPage());
  await h.loadRecords(page, server.url, records);
  await page.goto(server.url);

  const ready = [], floor = [];
  for (let i = 0; i < runs; ++i) {
    await page.reload();
    await page.waitForFunction(() => window.onwardReady === true, null, { timeout: 120000 });
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
  await h.settle(page);
  const heap = await page.evaluate(() => window.onwardTest.heapBytes());

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

  // Idle: nothing moves for three seconds.
  const idleFrom = await page.evaluate(() => window.onwardTest.frameCount());
  await page.waitForTimeout(3000);
  const idleFps = ((await page.evaluate(() => window.onwardTest.frameCount())) - idleFrom) / 3;

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
  // Insights: recomputed in wasm here, beside the same core natively (it prints on stderr).
  const wasmInsights = [];
  for (let i = 0; i < 11; ++i) wasmInsights.push(await page.evaluate(() => window.onwardTest.insightsMs()));
  const nativeTimings = spawnSync(h.journalTool, ['insights', recordsFile, String(Date.now()), '--timings'],
                                  { encoding: 'utf8', maxBuffer: 1 << 30 }).stderr;
  const nativeInsights = Number((/compute_insights: ([\d.]+) ms/.exec(nativeTimings) || [])[1]);
  await h.click(page, 'Tab Reflect');
  await h.click(page, 'See my insights');
  await page.mouse.move(640, 500);
  const insightsFrames = await frameTimes(async () => {
    for (let i = 0; i < 40; ++i) { await page.mouse.wheel(0, 300); await page.waitForTimeout(20); }
  });

  // Saves into the big journal, as a person makes them: a distress number and Save.
  await h.click(page, 'Tab Today');
  await page.evaluate(() => window.onwardTest.watchWrites());
  const saveMs = [];
  for (let i = 0; i < saves; ++i) {
    await h.click(page, `Distress ${i % 11}`);
    await h.click(page, 'Save check-in');
    await h.until(page, async () => (await page.evaluate(() => window.onwardTest.unsaved())) === false);
    for (const w of await page.evaluate(() => window.onwardTest.takeWrites()))
      if (w.key.startsWith('entry-')) saveMs.push(w.ms);
  }
  // The floor for a save: the same kind of write in plain JavaScript on the same page, one
  // strict transaction each, while the app draws nothing.
  await h.settle(page);
  const text = records[records.length - 1].text;
  const floorSaveMs = await page.evaluate(({ text, saves }) => new Promise((resolve) => {
    const req = indexedDB.open('onward-bench-floor', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('records');
    req.onsuccess = async () => {
      const db = req.result, out = [];
      for (let i = 0; i < saves; ++i) {
        const t = performance.now();
        await new Promise((done) => {
          const tx = db.transaction('records', 'readwrite', { durability: 'strict' });
          tx.objectStore('records').put(text, `entry-${i}`);
          tx.oncomplete = done;
        });
        out.push(performance.now() - t);
      }
      db.close();
      resolve(out);
    };
  }), { text, saves });
  await ctx.close();
  server.stop();
  fs.rmSync(recordsFile, { force: true });

  const big = `${entries} entries`;
  const rows = [
    row(`Start, ${big}`, 'navigation to first interactive frame', median(ready), 'ms', null, { runs: ready }),
    row(`Start, ${big}`, 'floor: one IndexedDB getAll of the same records', median(floor), 'ms', null, { runs: floor }),
    row(`Start, ${big}`, 'ratio app / floor', median(ready) / median(floor), '×', 1.5),
  ];
  // The whole frame, and the app's own part of it (the frame less WebGL's share, which
  // under SwiftShader includes rasterising every triangle on the CPU); the budget is for
  // the app's part of the history screen.
  for (const [name, frames, budget] of [['Today', today, null], ['Journal, scrolling', scrolling, 4],
                                        ['Journal, typing a search', searching, 4], ['Insights, scrolling', insightsFrames, null]]) {
    const whole = frames.map((f) => f[0]), own = frames.map((f) => f[0] - f[1]);
    const note = `${frames.length} frames`;
    rows.push(row(`Frame CPU, ${big}`, `${name}: app p50`, pct(own, 0.5), 'ms', null, { note }));
    rows.push(row(`Frame CPU, ${big}`, `${name}: app p95`, pct(own, 0.95), 'ms', budget, { note }));
    rows.push(row(`Frame CPU, ${big}`, `${name}: whole frame p50 / p95`, pct(whole, 0.5), 'ms', null,
                  { note: `p95 ${pct(whole, 0.95).toFixed(1)} ms, WebGL under SwiftShader included` }));
  }
  const wasmMs = median(wasmInsights);
  rows.push(row(`Insights, ${big}`, 'recompute in wasm (in the page)', wasmMs, 'ms', 20, { runs: wasmInsights }));
  rows.push(row(`Insights, ${big}`, 'recompute natively (journal_tool)', nativeInsights, 'ms', null,
                { note: 'median of 20' }));
  rows.push(row(`Insights, ${big}`, 'ratio wasm / native', wasmMs / nativeInsights, '×', 1.6));
  rows.push(row(`Saves into ${big}`, `save acknowledged p50 (${saveMs.length} saves)`, pct(saveMs, 0.5), 'ms'));
  rows.push(row(`Saves into ${big}`, `save acknowledged p95 (${saveMs.length} saves)`, pct(saveMs, 0.95), 'ms', 30,
                { note: 'asked → transaction complete, while the app draws the frames the Save press asks for' }));
  rows.push(row(`Saves into ${big}`, 'floor: a plain-JavaScript strict write, page idle, p50', pct(floorSaveMs, 0.5), 'ms'));
  rows.push(row(`Saves into ${big}`, 'floor: a plain-JavaScript strict write, page idle, p95', pct(floorSaveMs, 0.95), 'ms'));
  rows.push(row('Idle', `frames drawn per second, nothing moving (${big})`, idleFps, 'fps', 0));
  rows.push(row('Memory', `wasm heap in use, ${big} loaded`, heap.used / 1048576, 'MB', null,
                { note: `heap size ${(heap.size / 1048576).toFixed(0)} MB` }));
  return rows;
}

if (runDirectly(import.meta)) {
  const [runs, entries, saves] = process.argv.slice(2).map(Number);
  console.log(markdown(await journalRows({ runs: runs || 5, entries: entries || 20000, saves: saves || 200 })));
}
