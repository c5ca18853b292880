// Startup benchmark: the first-visit download (gzip, file by file) and the time from
// navigation to the first interactive frame with an empty journal, in headless Chromium
// on loopback. Each figure beside its budget (../shared/DESIGN.md); fails nothing.
//   node tests/bench/startup.mjs [runs]       (run.mjs runs it with the others)
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
import { markdown, median, row, runDirectly } from './report.mjs';

// What a first visit fetches: the page, its script, style and app, the manifest and the
// small icon (the large icons are fetched only when the app is installed; the font is
// inside onward.wasm).
const firstVisit = ['index.html', 'start.js', 'onward.css', 'onward.js', 'onward.wasm', 'manifest.webmanifest',
                    'icon-192.png'];

export function downloadRows() {
  const rows = [];
  let total = 0;
  for (const f of firstVisit) {
    const bytes = zlib.gzipSync(fs.readFileSync(path.join(h.site, f)), { level: 9 }).length;
    total += bytes;
    rows.push(row('First-visit download (gzip -9)', f, bytes / 1024, 'KB'));
  }
  rows.push(row('First-visit download (gzip -9)', 'total', total / 1024, 'KB', 400));
  return rows;
}

export async function startupRows(runs = 7) {
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

  const section = 'First interactive frame, empty journal';
  return [
    row(section, 'warm browser', median(warm), 'ms', 300, { runs: warm }),
    row(section, 'cold browser', median(cold), 'ms', 300, { runs: cold }),
    row(section, 'floor: a first WebGL2 context and one clear, cold browser', median(floor), 'ms', null, { runs: floor }),
  ];
}

if (runDirectly(import.meta)) {
  const runs = Number(process.argv[2] || 7);
  console.log(markdown([...downloadRows(), ...(await startupRows(runs))]));
}
