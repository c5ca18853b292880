// Reliability: what happens to a person's words when things go wrong around the app.
//   - The browser is killed (SIGKILL, the whole process group) at random moments while
//     check-ins are saved in a burst; after each restart every save the app acknowledged
//     is there, byte for byte, nothing stored is unreadable, and the app reports nothing
//     lost. 3 trials here; ONWARD_RELIABILITY=full runs 20 (see README, "Reliability").
//     ONWARD_RELIABILITY_SEED=<n> repeats a run's kill moments.
//   - Two tabs edit the same entry in turns: no update is lost, each shows the other's.
//   - Storage refuses (a full disk, IndexedDB turned off): the person is told, the words
//     are kept and retried, and crisis tools work all the while.
//   - Big and odd input: 100 000 entries, a 1 MB note, right-to-left text, combining marks
//     and emoji: nothing crashes, nothing is cut.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import * as h from './harness.mjs';

let server;
before(async () => { server = await h.startServer(); });
after(() => server.stop());

const full = process.env.ONWARD_RELIABILITY === 'full';
const { value, waitForSaved, fill, rawRecords } = h;
const rows = async (page) => (await h.widgets(page)).filter((w) => w.role === 'row');

// A small seeded generator (mulberry32), so a failing run's kill moments can be repeated.
function randomFrom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Chromium started by hand rather than by Playwright, so the test holds its process and
// can kill it the way a crash, a power cut or the system's out-of-memory killer would.
async function startKillableBrowser(profile) {
  const child = spawn(h.chromiumPath, ['--headless', '--remote-debugging-port=0', `--user-data-dir=${profile}`,
                                       '--window-size=1280,800', ...h.chromiumArgs, 'about:blank'],
                      { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  const ws = await new Promise((resolve, reject) => {
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
      const m = err.match(/DevTools listening on (ws:\/\/\S+)/);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited with ${code}: ${err}`)));
  });
  const browser = await chromium.connectOverCDP(ws);
  return { browser, kill: () => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone already */ } } };
}


// journal_tool reads the records with the core's own loader: any record it cannot read
// would be one the app could not either.
function unreadableCount(records) {
  const file = path.join(os.tmpdir(), `onward-reliability-${process.pid}.json`);
  fs.writeFileSync(file, JSON.stringify(Object.entries(records).map(([key, text]) => ({ key, text }))));
  const stats = JSON.parse(execFileSync(path.join(h.repo, 'build/native/journal_tool'), ['stats', file]));
  fs.rmSync(file);
  return stats.unreadable;
}

test(`killed mid-save ${full ? 20 : 3} times: every acknowledged save survives, nothing is corrupt or reported lost`,
     { timeout: (full ? 20 : 3) * 120000 }, async (t) => {
  const trials = full ? 20 : 3;
  const seed = Number(process.env.ONWARD_RELIABILITY_SEED || Date.now() % 1000000);
  const random = randomFrom(seed);
  const profile = h.newProfileDir();
  const acknowledged = new Map(); // key -> text, across every trial
  let saves = 0;
  let kills = 0;

  for (let trial = 0; trial < trials; ++trial) {
    // Where the kill falls: a few saves into the burst, then 0–60 ms after a Save press
    // (while its write is in flight, being acknowledged, or just done), or while typing.
    const killAfterSave = 1 + Math.floor(random() * 8);
    const killDelay = Math.floor(random() * 60);
    const { browser, kill } = await startKillableBrowser(profile);
    t.after(kill);
    const page = browser.contexts()[0].pages()[0];
    await page.setViewportSize(h.desktop.viewport);
    await page.goto(server.url);
    await page.waitForFunction(() => window.onwardReady === true, null, { timeout: 30000 });
    await page.evaluate(() => window.onwardTest.watchWrites());

    const collect = async () => {
      for (const w of await page.evaluate(() => window.onwardTest.takeWrites()))
        if (w.key.startsWith('entry-')) acknowledged.set(w.key, w.text);
    };
    let killed = false;
    try {
      for (let i = 0; ; ++i) {
        await h.click(page, `Distress ${(trial + i) % 11}`);
        await h.click(page, 'Note');
        await page.keyboard.type(`trial ${trial} save ${i}: שלום, café 🌱`, { delay: 2 });
        await h.click(page, 'Save check-in');
        ++saves;
        if (i + 1 === killAfterSave) {
          await collect();
          setTimeout(() => { killed = true; kill(); }, killDelay);
        }
        await collect();
      }
    } catch (e) {
      if (!killed) throw e; // the burst only ends by the kill
    }
    ++kills;

    // Restarted as a person would: Playwright's own browser on the same profile.
    const ctx = await h.launchFor(t, profile);
    const after = await h.openApp(ctx, server.url, { timeout: 30000 });
    const stored = await rawRecords(after);
    for (const [key, text] of acknowledged) {
      assert.ok(key in stored, `trial ${trial} (seed ${seed}): the acknowledged save ${key} is there after the kill`);
      assert.ok(stored[key] === text, `trial ${trial} (seed ${seed}): ${key} is stored exactly as acknowledged`);
    }
    assert.equal(unreadableCount(stored), 0, `trial ${trial} (seed ${seed}): no stored record is unreadable`);
    const said = (await h.widgets(after)).map((w) => `${w.label} ${w.value || ''}`).join(' | ');
    assert.doesNotMatch(said, /could not be read|lost|could not open/i, 'the app reports nothing lost');
    const entries = Object.keys(stored).filter((k) => k.startsWith('entry-')).length;
    assert.ok(entries >= acknowledged.size);
    await h.click(after, 'Tab Journal');
    assert.equal(await value(after, 'Entries found'), `${entries} ${entries === 1 ? 'entry' : 'entries'}`,
                 'the journal lists every stored entry');
    assert.deepEqual(after.onwardErrors, [], 'no errors in the console after the restart');
    await ctx.close();
  }
  // For the closing note and the README: how much was tried.
  console.log(`killed mid-save: ${kills} kills, ${saves} saves pressed, ${acknowledged.size} acknowledged, 0 lost (seed ${seed})`);
});

test('two tabs editing the same entry in turns: no update is lost, each shows the other\'s', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir());
  const tabs = { A: await h.openApp(ctx, server.url), B: await h.openApp(ctx, server.url, { newTab: true }) };
  await h.click(tabs.A, 'Distress 5');
  await h.click(tabs.A, 'Note');
  await h.type(tabs.A, 'round 0 by A');
  await h.click(tabs.A, 'Save check-in');
  await waitForSaved(tabs.A);
  const [id] = Object.keys(await h.storedRecords(tabs.A)).filter((k) => k.startsWith('entry-'));
  const rowOf = async (page) => (await rows(page)).find((r) => r.key === id);
  // By its place, not its label: entries written in the same minute share a label.
  const openRow = async (page) => {
    const row = await rowOf(page);
    await page.mouse.click(row.x + row.w / 2, row.y + row.h / 2);
    await h.widget(page, 'Delete entry');
  };

  let note = 'round 0 by A';
  for (let round = 1; round <= 4; ++round) {
    const [name, other] = round % 2 ? ['B', 'A'] : ['A', 'B'];
    const page = tabs[name];
    await page.bringToFront(); // as a person switches tabs: a tab behind draws only now and then
    await h.click(page, 'Tab Journal');
    await h.until(page, async () => Boolean(await rowOf(page)));
    await openRow(page);
    // The other tab's change is shown here, without a reload, before this one writes.
    await h.until(page, async () => (await value(page, 'Note')) === note);
    assert.equal(await value(page, 'Note'), note, `round ${round}: ${name} shows ${other}'s edit`);
    await h.click(page, 'Edit');
    note = `round ${round} by ${name}: עברית and 🌱`;
    await fill(page, 'Note', note);
    await h.click(page, 'Save changes');
    await waitForSaved(page);
    // And a check-in of its own, so both tabs add while they edit.
    await h.click(page, 'Tab Today');
    await h.click(page, `Distress ${round}`);
    await h.click(page, 'Save check-in');
    await waitForSaved(page);
  }
  const stored = await h.storedRecords(tabs.A);
  const entries = Object.values(stored).filter((r) => r.kind === 'entry');
  assert.equal(entries.length, 5, 'the first entry and four check-ins, one per round');
  assert.equal(stored[id].note, note, 'the last edit is the one stored');
  assert.equal(stored[id].distress, 5, 'and nothing else about the entry changed');
  for (const page of Object.values(tabs)) {
    await page.bringToFront();
    await h.click(page, 'Tab Journal');
    await h.until(page, async () => (await value(page, 'Entries found')) === '5 entries');
    assert.equal(await value(page, 'Entries found'), '5 entries', 'each tab lists every entry');
    await openRow(page);
    await h.until(page, async () => (await value(page, 'Note')) === note);
    assert.equal(await value(page, 'Note'), note, 'each tab shows the last edit');
    assert.deepEqual(page.onwardErrors, []);
  }
});

test('a full disk: the entry is kept and said to be unsaved, crisis tools work, and it lands once there is room', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir());
  await h.fillDisk(ctx);
  await h.recordLinks(ctx);
  const page = await h.openApp(ctx, server.url);
  await h.click(page, 'Write a full entry');
  await h.click(page, 'Before 8');
  await fill(page, 'What happened', 'A letter from the landlord. مرحبا');
  await h.click(page, 'Save entry');
  await h.until(page, async () => (await value(page, 'Save status')) === 'Not saved yet — retrying');
  assert.match(await value(page, 'Not saved yet'), /QuotaExceededError: The disk is full/,
               'the person is told why, in the browser\'s words');
  assert.equal(await page.evaluate(() => window.onwardTest.unsaved()), true, 'leaving would warn');

  await h.click(page, "I'm overwhelmed");
  await h.inCrisisMode(page);
  await h.click(page, 'Call 988');
  assert.deepEqual(await h.followed(page), ['tel:988'], 'a crisis line dials while nothing can be saved');

  await page.evaluate(() => { window.onwardDiskFull = false; });
  await waitForSaved(page);
  const [entry] = Object.values(await h.storedRecords(page)).filter((r) => r.kind === 'entry');
  assert.equal(entry.distress, 8);
  assert.equal(entry.happened, 'A letter from the landlord. مرحبا', 'kept exactly while it waited');
});

test('IndexedDB turned off: a check-in is kept on screen and said to be unsaved; crisis tools work', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir());
  await h.breakStorage(ctx);
  const page = await h.openApp(ctx, server.url);
  assert.match(await value(page, 'Notice'), /could not open your saved journal/);
  await h.click(page, 'Distress 7');
  await h.click(page, 'Note');
  await h.type(page, 'written while storage is off');
  await h.click(page, 'Save check-in');
  await h.until(page, async () => (await value(page, 'Save status')) === 'Not saved yet — retrying');
  assert.equal(await value(page, 'Save status'), 'Not saved yet — retrying');
  assert.match(await value(page, 'Not saved yet'), /IndexedDB is turned off/);
  assert.ok((await rows(page)).some((r) => r.value.includes('written while storage is off')), 'still shown');
  assert.equal(await page.evaluate(() => window.onwardTest.unsaved()), true, 'leaving would warn');
  await h.click(page, "I'm overwhelmed");
  await h.inCrisisMode(page);
});

test('100 000 entries open, are all listed, and search agrees with the core', { timeout: 600000 }, async (t) => {
  const END_MS = 1795000000000;
  const records = h.generateJournal(100000, 7, END_MS);
  const file = path.join(os.tmpdir(), `onward-100k-${process.pid}.json`);
  fs.writeFileSync(file, JSON.stringify(records));
  t.after(() => fs.rmSync(file, { force: true }));
  const [all, rare] = h.coreQuery(file, [{}, { words: 'aardvark' }]);
  assert.equal(all.count, 100000);

  const ctx = await h.launchFor(t, h.newProfileDir());
  await h.loadRecords(ctx.pages()[0] || (await ctx.newPage()), server.url, records);
  const started = Date.now();
  const page = await h.openApp(ctx, server.url, { timeout: 240000 });
  t.diagnostic(`100 000 entries: the app was ready ${Date.now() - started} ms after navigation started; ` +
               `wasm heap ${JSON.stringify(await page.evaluate(() => window.onwardTest.heapBytes()))}`);
  await h.click(page, 'Tab Journal');
  // Counts follow the browser's locale (the harness's is en-GB).
  assert.equal(await value(page, 'Entries found'), '100,000 entries', 'every entry is listed');
  await fill(page, 'Search', 'aardvark');
  assert.equal(await value(page, 'Entries found'), `${rare.count.toLocaleString('en-GB')} of 100,000 entries`, 'search finds what the core finds');
  const said = (await h.widgets(page)).map((w) => `${w.label} ${w.value || ''}`).join(' | ');
  assert.doesNotMatch(said, /could not be read/);
  assert.deepEqual(page.onwardErrors, []);
});

test('a 1 MB note, right-to-left text, combining marks and emoji are kept exactly and found by search', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir());
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  let page = await h.openApp(ctx, server.url);
  const paste = async (label, text) => {
    await page.evaluate((text) => navigator.clipboard.writeText(text), text);
    await h.click(page, label);
    await page.keyboard.press('Control+V');
    await h.until(page, async () => (await value(page, label)) === text, 30000);
    assert.ok((await value(page, label)) === text, `"${label}" holds exactly what was pasted`);
  };
  // Hebrew with digits and a right-to-left mark, Arabic with its vowel marks (combining),
  // stacked combining marks on Latin letters, a right-to-left override, emoji sequences
  // (a family joined by zero-width joiners, a flag, a skin tone, a keycap, a heart with its
  // variation selector), and Devanagari with a virama.
  const odd = 'שלום 123 עולם\u200F · مَرْحَبًا بِالعَالَم · e\u0301 n\u0303 Z\u0351\u0364\u0308\u0300 · ' +
              '\u202Ereversed\u202C · 👩‍👩‍👧‍👦 🇩🇪 👍🏽 1️⃣ ❤️ · नमस्ते';
  await h.click(page, 'Distress 3');
  await paste('Note', odd);
  await h.click(page, 'Save check-in');
  await waitForSaved(page);

  // About a megabyte of many scripts in one note.
  const big = h.longText(640000);
  const bytes = Buffer.byteLength(big, 'utf8');
  assert.ok(bytes > 1000000, `the note is ${bytes} bytes`);
  await h.click(page, 'Distress 4');
  await paste('Note', big);
  await h.click(page, 'Save check-in');
  await waitForSaved(page);

  const notes = () => h.storedRecords(page).then((r) => Object.values(r).filter((e) => e.kind === 'entry')
                                                          .map((e) => e.note));
  let stored = await notes();
  assert.equal(stored.length, 2);
  assert.ok(stored.includes(odd), 'the odd text is stored exactly');
  assert.ok(stored.includes(big), 'the 1 MB note is stored exactly, not cut');

  await h.reload(page, 60000);
  await h.click(page, 'Tab Journal');
  for (const [words, count] of [['שלום', 1], ['مَرْحَبًا', 1], ['👍🏽', 1], ['नमस्ते', 1], ['Ångström', 1]]) {
    await fill(page, 'Search', words);
    assert.equal(await value(page, 'Entries found'), `${count} of 2 entries`, `a search for ${words}`);
  }
  await fill(page, 'Search', 'שלום');
  const [row] = await rows(page);
  await page.mouse.click(row.x + row.w / 2, row.y + row.h / 2);
  assert.ok((await value(page, 'Note')) === odd, 'the entry shows the odd text exactly after a reload');
  stored = await notes();
  assert.ok(stored.includes(big) && stored.includes(odd), 'both still stored exactly');
  assert.deepEqual(page.onwardErrors, []);
});
