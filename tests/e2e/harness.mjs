// What every browser test stands on: a server for the built site, Debian's Chromium
// driven by playwright-core (headless, WebGL2 through SwiftShader), and helpers that act
// like a person — click or tap a widget found by its label in the app's test hook, type
// with real key events — and look underneath, straight into IndexedDB.
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, '../..');
export const site = process.env.ONWARD_SITE || path.join(repo, 'build/web/site');
export const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';

export const chromiumArgs = [
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-default-apps', '--no-first-run', '--disable-quic', '--disable-features=Translate',
  ...(process.getuid && process.getuid() === 0 ? ['--no-sandbox'] : []),
];

// The tests read dates, times and numbers as a British browser writes them ("Wed 4 Nov
// 2026, 20:00", "20,000"); locale.test.mjs tries other locales.
export const desktop = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, locale: 'en-GB' };
export const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true,
                       locale: 'en-GB' };


// Serves the built site (or a folder around it, to try a sub-path) on a free loopback
// port with scripts/serve.mjs.
export async function startServer(folder = site) {
  if (!fs.existsSync(path.join(site, 'onward.wasm')))
    throw new Error(`No build in ${site}: run cmake --workflow --preset web first`);
  const child = spawn(process.execPath, [path.join(repo, 'scripts/serve.mjs'), folder, '0', '127.0.0.1'],
                      { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/Open (http:\/\/\S+)/);
      if (m) resolve(m[1].replace('localhost', '127.0.0.1'));
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { url, stop: () => child.kill() };
}

export function newProfileDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'onward-profile-'));
}

// A browser with its own profile on disk, so "close the browser and open it again" is real.
export async function launch(profileDir, device = desktop) {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath, headless: true, args: chromiumArgs, ...device, // `device` may bring its own args
  });
}

// The same, closed when the test ends whatever happens, so a failed assertion never
// leaves a browser running.
export async function launchFor(t, profileDir, device = desktop) {
  const ctx = await launch(profileDir, device);
  t.after(() => ctx.close());
  return ctx;
}

// Opens the app and records what goes wrong in its console. The 404s of a page a test
// opened on purpose before the app (see loadRecords) and that page's favicon are not the
// app's: they can arrive late, so they are left out by where they came from.
export async function openApp(context, url, { newTab = false, timeout = 20000 } = {}) {
  const page = (!newTab && context.pages()[0]) || (await context.newPage());
  const errors = [];
  const notTheApp = (m) => /\/(not-the-app|favicon\.ico)$/.test(m.location().url || '');
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error' && !notTheApp(m)) errors.push(m.text()); });
  await page.goto(url);
  await page.waitForFunction(() => window.onwardReady === true, null, { timeout });
  page.onwardErrors = errors;
  return page;
}

export async function widgets(page) {
  return page.evaluate(() => window.onwardTest.widgets());
}

// Waits until a widget with this label is drawn, and returns it.
export async function widget(page, label, { timeout = 5000 } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const found = (await widgets(page)).find((w) => w.label === label);
    if (found) return found;
    if (Date.now() > end) {
      const seen = (await widgets(page)).map((w) => w.label).join(' | ');
      throw new Error(`No widget labelled "${label}" on screen. Drawn: ${seen}`);
    }
    await page.waitForTimeout(50);
  }
}

// The bars that never scroll: the top bar (see src/ui/header.cpp) and, on a phone, the
// tab bar at the bottom.
export const inBar = (w) => w.label === "I'm overwhelmed" || w.label.startsWith('Tab ');

// Scrolls the page until the `n`th widget (from 0) labelled `label` is fully in view —
// below the top bar and above the bottom of the viewport (or the phone's tab bar) — and
// returns it. With `touch`, a finger's drags scroll; else the mouse wheel.
export async function reveal(page, label, { n = 0, touch = false } = {}) {
  const vp = page.viewportSize();
  if (n === 0) await widget(page, label); // waits for it to be drawn at all
  for (let i = 0; i < 40; ++i) {
    const drawn = await widgets(page);
    const bar = drawn.find((d) => d.label === "I'm overwhelmed");
    const top = bar ? bar.y + bar.h + 8 : 80; // just below the top bar
    const w = drawn.filter((d) => d.label === label)[n];
    if (!w) throw new Error(`No widget "${label}" number ${n + 1} on screen`);
    const tabs = drawn.filter((d) => d.label.startsWith('Tab ') && d.y > vp.height / 2);
    const bottom = tabs.length ? Math.min(...tabs.map((d) => d.y)) - 10 : vp.height;
    // Only the top bar and a phone's tab bar stay put; a wide screen's tabs scroll with the page.
    const fixed = w.label === "I'm overwhelmed" || (inBar(w) && w.y > vp.height / 2);
    if (fixed || (w.y >= top && w.y + w.h <= bottom)) return w;
    let dy = w.y < top ? w.y - top - 40 : w.y + w.h - bottom + 40;
    const x = vp.width / 2;
    if (touch) {
      // A finger's drag, kept on the glass (one off its edge scrolls only a little) and in
      // few moves (each draws a frame, slow at a phone's pixel density): a long way is
      // several drags.
      const most = vp.height - 300;
      dy = Math.max(-most, Math.min(most, dy));
      const from = dy > 0 ? vp.height - 150 : 150;
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: from }] });
      for (let s = 1; s <= 2; ++s)
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: from - (dy * s) / 2 }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await cdp.detach();
    } else {
      await page.mouse.move(x, vp.height / 2);
      await page.mouse.wheel(0, dy);
    }
    await settle(page);
  }
  throw new Error(`Could not scroll "${label}" number ${n + 1} into view`);
}

// `animating`: a practice is running and frames go on, so wait for a few, not for none.
// `n`: the nth widget of that label, where a page repeats its words.
export async function click(page, label, { animating = false, n = 0 } = {}) {
  const w = await reveal(page, label, { n });
  await page.mouse.click(w.x + w.w / 2, w.y + w.h / 2);
  await (animating ? frames(page, 4) : settle(page));
}

// A finger: drags to scroll (through real touch events) and taps.
export async function tap(page, label, { animating = false, n = 0 } = {}) {
  const w = await reveal(page, label, { n, touch: true });
  await page.touchscreen.tap(w.x + w.w / 2, w.y + w.h / 2);
  await (animating ? frames(page, 4) : settle(page));
}

// Waits until the app has drawn `n` more frames while something animates, or has
// stopped drawing because nothing does any more.
export async function frames(page, n) {
  const start = await page.evaluate(() => window.onwardTest.frameCount());
  await page.waitForFunction((s) => window.onwardTest.frameCount() >= s || window.onwardTest.idle(), start + n,
                             { timeout: 10000 });
}

// Types with real key events, as a keyboard would.
export async function type(page, text) {
  await page.keyboard.type(text, { delay: 5 });
  await settle(page);
}

// Waits until the app has drawn every frame that the input so far asked for.
export async function settle(page) {
  await page.evaluate(() => new Promise((resolve, reject) => {
    const end = performance.now() + 5000;
    const check = () => {
      if (window.onwardTest.idle()) resolve();
      else if (performance.now() > end) reject(new Error('the app kept drawing for 5 s after the last input'));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }));
}

// Every IndexedDB write fails as on a full disk, until the page sets
// window.onwardDiskFull = false.
export async function fillDisk(context) {
  await context.addInitScript(() => {
    const realPut = IDBObjectStore.prototype.put;
    window.onwardDiskFull = true;
    IDBObjectStore.prototype.put = function (...args) {
      if (window.onwardDiskFull) throw new DOMException('The disk is full', 'QuotaExceededError');
      return realPut.apply(this, args);
    };
  });
}

// IndexedDB refuses to open, as in some private modes or with storage turned off.
export async function breakStorage(context) {
  await context.addInitScript(() => {
    IDBFactory.prototype.open = function () {
      throw new DOMException('IndexedDB is turned off in this browser', 'InvalidStateError');
    };
  });
}

// The value a widget shows (a field's text, a status's words).
export const value = async (page, label) => (await widget(page, label)).value;

// Waits until the save status says every change is saved, and nothing is left unsaved.
export async function waitForSaved(page) {
  await until(page, async () => (await value(page, 'Save status')) === 'Saved ✓'
                                  && !(await page.evaluate(() => window.onwardTest.unsaved())), 15000);
  assert.equal(await value(page, 'Save status'), 'Saved ✓');
}

// Reloads the app and waits until it has drawn what it loaded.
export async function reload(page, timeout = 60000) {
  await page.reload();
  await page.waitForFunction(() => window.onwardReady === true, null, { timeout });
  await settle(page);
}

// Crisis mode is on screen: its heading, the safety plan first, and the crisis lines.
export async function inCrisisMode(page) {
  const drawn = await widgets(page);
  const labels = drawn.map((w) => w.label);
  for (const must of ['You are not alone in this', 'My safety plan', 'Breathe with me', 'Call 988'])
    assert.ok(labels.includes(must), `crisis mode shows "${must}" (drawn: ${labels.join(' | ')})`);
  const y = (label) => drawn.find((w) => w.label === label).y;
  assert.ok(y('My safety plan') < y('Breathe with me') && y('Breathe with me') < y('Call 988'),
            'the safety plan comes first, then the practices, then the lines');
}

// Replaces a text field's words with `text`, typed with real keys.
export async function fill(page, label, text, act = click) {
  await act(page, label);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  if (text) await type(page, text);
  else await settle(page);
  assert.equal(await value(page, label), text, `the field "${label}" holds what was typed`);
}

// Polls until `probe` returns true (or gives up and lets the caller's assertion speak).
export async function until(page, probe, timeout = 8000) {
  const end = Date.now() + timeout;
  while (!(await probe()) && Date.now() < end) await page.waitForTimeout(50);
}

// Every record exactly as the app's IndexedDB holds it, read directly: { key: text }. A
// sealed record (an object holding bytes, with a passphrase on) comes as JSON with each
// byte array spelled out, so two reads compare equal only when every byte is the same.
export async function rawRecords(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('onward');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const tx = req.result.transaction('records', 'readonly');
      const keys = tx.objectStore('records').getAllKeys();
      const values = tx.objectStore('records').getAll();
      const bytes = (x) => Array.from(new Uint8Array(x.buffer || x, x.byteOffset || 0, x.byteLength))
        .map((b) => String.fromCharCode(b)).join('');
      const seen = (v) => typeof v === 'string' ? v
        : JSON.stringify(v, (k, x) => x instanceof ArrayBuffer || ArrayBuffer.isView(x) ? bytes(x) : x);
      tx.oncomplete = () => {
        req.result.close();
        resolve(Object.fromEntries(keys.result.map((k, i) => [k, seen(values.result[i])])));
      };
    };
  }));
}

// The same, each record parsed: { key: record }.
export async function storedRecords(page) {
  return Object.fromEntries(Object.entries(await rawRecords(page)).map(([k, text]) => [k, JSON.parse(text)]));
}

// Writes records ([{key, text}], as journal_tool generate makes them) straight into the
// app's IndexedDB from a page of the same origin that is not the app, so they are all
// there before the app first opens.
export async function loadRecords(page, serverUrl, records) {
  await page.goto(`${serverUrl}not-the-app`);
  // In slices, so 100 000 records never travel to the page as one huge message.
  for (let i = 0; i < records.length; i += 10000) {
    await page.evaluate((records) => new Promise((resolve, reject) => {
      const req = indexedDB.open('onward', 1);
      req.onupgradeneeded = () => req.result.createObjectStore('records');
      req.onsuccess = () => {
        const tx = req.result.transaction('records', 'readwrite');
        for (const r of records) tx.objectStore('records').put(r.text, r.key);
        tx.oncomplete = () => { req.result.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    }), records.slice(i, i + 10000));
  }
  return records;
}

// journal_tool (tests/tools/README.md): generated journals, and the core's own answers.
export const journalTool = path.join(repo, 'build/native/journal_tool');
export const generateJournal = (entries, seed, endMs) =>
  JSON.parse(execFileSync(journalTool, ['generate', String(entries), String(seed), String(endMs)],
                          { maxBuffer: 1 << 30 }));
export const coreQuery = (file, filters) =>
  JSON.parse(execFileSync(journalTool, ['query', file, JSON.stringify(filters)], { encoding: 'utf8', maxBuffer: 1 << 26 }));

// Exactly `n` code points of many scripts (right-to-left, combining, emoji), with line breaks.
export function longText(n) {
  const pieces = ['Plain words about a long, long day. ', 'Café crème, naïve façade, Ångström; ', 'Всё будет хорошо. ',
                  'Ελληνικά γράμματα. ', '日本語の文章、', '한국어 문장. ', 'עברית ', 'العربية ', '🌱🙂👩‍👧 🌧️ ',
                  '→ … — ', '\n'];
  const out = [];
  for (let i = 0; out.length < n; ++i) out.push(...Array.from(pieces[i % pieces.length]));
  out.length = n;
  if (out[n - 1] === '\n' || out[n - 1] === '\u200d') out[n - 1] = '.';
  return out.join('');
}

// The app's clock (Date.now, which emscripten_date_now reads) shifted by what the page's
// localStorage says, so a test can move "now" without waiting; the shift survives reloads.
export async function movableClock(ctx) {
  await ctx.addInitScript(() => {
    const realNow = Date.now.bind(Date);
    let shift = 0;
    try { shift = Number(localStorage.getItem('onward-test-clock-shift') || 0); } catch { /* about:blank */ }
    window.onwardTestClockShift = shift;
    Date.now = () => realNow() + window.onwardTestClockShift;
  });
}

// Moves the app's clock to `ms` at once (and for every later load of this profile).
export async function setClock(page, ms) {
  const shift = ms - Date.now();
  await page.evaluate((shift) => {
    localStorage.setItem('onward-test-clock-shift', String(shift));
    window.onwardTestClockShift = shift;
  }, shift);
}

// Links the app follows (tel:, sms:, https:) are recorded instead of leaving the page.
export const recordLinks = (ctx) => ctx.addInitScript(() => {
  window.followedLinks = [];
  document.addEventListener('click', (e) => {
    if (e.target instanceof HTMLAnchorElement) { window.followedLinks.push(e.target.href); e.preventDefault(); }
  }, true);
});
export const followed = (page) => page.evaluate(() => window.followedLinks);

export async function screenshot(page, name) {
  const dir = path.join(repo, 'build/screenshots');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

// What a person would notice as broken on the screen shown: a widget past the screen's
// sides, two controls on top of each other (in the page, or in the bars), and on a phone a
// control smaller than a fingertip, 44 × 44 CSS px. Returns the drawn widgets.
export const isControl = (w) => ['toggle', 'button', 'text-field', 'row'].includes(w.role);
const overlapping = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
export async function checkLayout(page, { phone = false, where = '' } = {}) {
  const at = where ? ` (${where})` : '';
  const width = page.viewportSize().width;
  const drawn = await widgets(page);
  for (const w of drawn)
    assert.ok(w.x >= -0.5 && w.x + w.w <= width + 0.5, `"${w.label}" fits the width (${w.x}..${w.x + w.w} of ${width})${at}`);
  const controls = drawn.filter(isControl);
  // What scrolls under the bars is clipped by them: the page and the bars each on their own.
  // (On a wide screen the tabs are at the top of the page and scroll with it.)
  const fixed = (w) => inBar(w) && (width < 600 || !w.label.startsWith('Tab '));
  for (const group of [controls.filter((w) => !fixed(w)), controls.filter(fixed)])
    for (let i = 0; i < group.length; ++i)
      for (let j = i + 1; j < group.length; ++j)
        assert.ok(!overlapping(group[i], group[j]), `"${group[i].label}" and "${group[j].label}" do not overlap${at}`);
  if (phone)
    for (const c of controls) assert.ok(c.w >= 44 && c.h >= 44, `"${c.label}" is at least 44×44 (${c.w}×${c.h})${at}`);
  return drawn;
}

// Sets the text size in Settings as a person would, pressing Larger or Smaller until it
// reads `percent`, and comes back to the journal.
export async function setTextSize(page, percent, act = click) {
  await act(page, 'Tab Journal');
  await act(page, 'Settings');
  for (let i = 0; i < 20; ++i) {
    const now = parseInt((await widget(page, 'Text size')).value, 10);
    if (now === percent) break;
    await act(page, now < percent ? 'Text larger' : 'Text smaller');
  }
  assert.equal(parseInt((await widget(page, 'Text size')).value, 10), percent, `the text size is ${percent}%`);
  await act(page, 'Back to journal');
}
