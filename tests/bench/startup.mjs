// Startup benchmark: the first-visit download (gzip, file by file) and the time from
// navigation to the first interactive frame with an empty journal, in headless Chromium
// on loopback. Prints each figure beside its budget (../shared/DESIGN.md); fails nothing.
//   node tests/bench/startup.mjs [runs]
//
// "Cold" starts a new browser for every run, so it includes Chromium starting its GPU
// process, which under SwiftShader alone takes hundreds of milliseconds; "warm" reuses one
// browser with a fresh profile each time, as a person's already-running browser would be.
// The floor is what creating a WebGL2 context and drawing one clear costs in a cold browser.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import * as h from '../e2e/harness.mjs';

const runs = Number(process.argv[2] || 7);
const verdict = (value, budget) => (value <= budget ? 'within' : 'over');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const list = (xs) => xs.map((t) => t.toFixed(0)).join(', ');

let total = 0;
console.log('First-visit download (gzip -9):');
// What a first visit fetches: the page, its script, style and app, the manifest and the
// small icon (the large icons are fetched only when the app is installed).
for (const f of ['index.html', 'start.js', 'onward.css', 'onward.js', 'onward.wasm', 'manifest.webmanifest',
                 'icon-192.png']) {
  const bytes = zlib.gzipSync(fs.readFileSync(path.join(h.site, f)), { level: 9 }).length;
  total += bytes;
  console.log(`  ${f.padEnd(20)} ${(bytes / 1024).toFixed(1).padStart(7)} KB`);
}
console.log(`  total                ${(total / 1024).toFixed(1).padStart(7)} KB   budget 400 KB: ${verdict(total, 400 * 1024)}` +
            ' (the font is inside onward.wasm)');

const server = await h.startServer();
const launchBrowser = () => chromium.launch({ executablePath: h.chromiumPath, headless: true, args: h.chromiumArgs });
const readyMs = async (browser) => {
  const ctx = await browser.newContext(h.desktop);
  const page = await ctx.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => window.onwardReady === true, null, { timeout: 30000 });
  const ms = await page.evaluate(() => window.onwardReadyMs);
  await ctx.close();
  return ms;
};

const cold = [], warm = [], floor = [];
for (let i = 0; i < runs; ++i) {
  let browser = await launchBrowser();
  cold.push(await readyMs(browser));
  await browser.close();

  browser = await launchBrowser();
  const page = await browser.newPage();
  floor.push(await page.evaluate(() => {
    const t = performance.now();
    const gl = document.createElement('canvas').getContext('webgl2');
    gl.clearColor(1, 1, 1, 1);
    gl.clear(gl.COLOR_BUFFER_BIT);
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
    return performance.now() - t;
  }));
  await browser.close();
}
const browser = await launchBrowser();
await readyMs(browser); // starts the GPU process
for (let i = 0; i < runs; ++i) warm.push(await readyMs(browser));
await browser.close();
server.stop();

console.log(`Navigation to first interactive frame, empty journal (median of ${runs}), budget 300 ms:`);
console.log(`  warm browser  ${median(warm).toFixed(0).padStart(5)} ms  ${verdict(median(warm), 300)}   (${list(warm)})`);
console.log(`  cold browser  ${median(cold).toFixed(0).padStart(5)} ms  ${verdict(median(cold), 300)}   (${list(cold)})`);
console.log(`  floor: a first WebGL2 context and one clear in a cold browser: ${median(floor).toFixed(0)} ms (${list(floor)})`);
