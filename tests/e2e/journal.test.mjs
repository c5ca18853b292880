// The journal, end to end in real Chromium: full entries with every field, personal lists
// that rename and merge, delete and undo, drafts that survive a reload, the relief
// re-check inside its window only, very long text, and a generated 20 000-entry journal
// whose search, filters and calendar must agree with the core's own answers
// (build/native/journal_tool, see tests/tools/README.md).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as h from './harness.mjs';

let server;
before(async () => { server = await h.startServer(); });
after(() => server.stop());

const MINUTE = 60000;
const HOUR = 60 * MINUTE;

// --- small helpers --------------------------------------------------------------------

const { value, waitForSaved, fill, reload } = h;
const isSelected = async (page, label) => (await h.widget(page, label)).selected;
const drawn = async (page, label) => (await h.widgets(page)).some((w) => w.label === label);
const rows = async (page) => (await h.widgets(page)).filter((w) => w.role === 'row');
const entriesIn = (records) => Object.values(records).filter((r) => r.kind === 'entry');

// The stored text of one record, exactly as IndexedDB holds it (undefined when absent).
async function rawRecord(page, key) {
  return page.evaluate((key) => new Promise((resolve, reject) => {
    const req = indexedDB.open('onward');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const get = req.result.transaction('records', 'readonly').objectStore('records').get(key);
      get.onsuccess = () => { req.result.close(); resolve(get.result); };
      get.onerror = () => reject(get.error);
    };
  }), key);
}

const { movableClock, setClock } = h;

// The rows a person can see: between the top bar and the bottom of the page (or the
// phone's tab bar), top to bottom.
async function visibleRows(page) {
  const vp = page.viewportSize();
  const all = await h.widgets(page);
  const bar = all.find((w) => w.label === "I'm overwhelmed");
  const top = bar ? bar.y + bar.h : 0;
  const tabs = all.filter((w) => w.label.startsWith('Tab ') && w.y > vp.height / 2);
  const bottom = tabs.length ? Math.min(...tabs.map((w) => w.y)) : vp.height;
  return all.filter((w) => w.role === 'row' && w.y + w.h > top + 1 && w.y < bottom - 1).sort((a, b) => a.y - b.y);
}

// Scrolls with the mouse wheel until the widget is in the upper part of the page.
async function wheelTo(page, label) {
  const vp = page.viewportSize();
  for (let i = 0; i < 40; ++i) {
    const all = await h.widgets(page);
    const bar = all.find((w) => w.label === "I'm overwhelmed");
    const top = bar.y + bar.h + 8;
    const w = all.find((x) => x.label === label);
    assert.ok(w, `"${label}" is drawn`);
    if (w.y >= top && w.y + w.h <= vp.height - 250) return w;
    const dy = w.y < top ? w.y - top - 40 : w.y - (vp.height - 300);
    await page.mouse.move(vp.width / 2, vp.height / 2);
    await page.mouse.wheel(0, dy);
    await h.settle(page);
  }
  throw new Error(`Could not scroll "${label}" into view`);
}

// Opens the entry whose row has this key, by its label (the test makes labels unique by
// moving the clock between entries).
async function openEntry(page, id, act = h.click) {
  const row = (await rows(page)).find((r) => r.key === id);
  assert.ok(row, `the journal lists ${id}`);
  await act(page, row.label);
  await h.widget(page, 'Delete entry');
}

const groups = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ','); // as en-GB writes numbers

// --- 1. a full entry --------------------------------------------------------------------

const full = {
  happened: 'Missed the 8:15 bus, then the next one was packed to the doors.',
  trigger: 'Crowded bus',
  emotion: 'Wistful',
  action: 'Doomscrolled news',
  whatWasNew: 'I noticed the panic rising and named it instead of running.',
  feelingSays: 'I need more room in my mornings.',
  whatINeed: 'Sleep, and a kinder start to the day.',
  note: 'Café crème afterwards — всё будет хорошо 🌱🙂\nsecond line: naïve, Ελληνικά, ёжик',
};

// What the entry view must show for the full entry, question by question.
const fullView = {
  Distress: 'Distress 7 → 3',
  Feelings: 'Anxious 4, Wistful 2',
  Body: 'Activated',
  'What happened': full.happened,
  Trigger: full.trigger,
  'What I did': `Went for a walk (Soothe)\n${full.action} (Avoid: Numbing: screens)\nTalked it through (Face)`,
  Relief: 'Lasting, with clarity',
  'An old trigger, a new response': 'Yes',
  'What was new': full.whatWasNew,
  'Stayed with the feeling': 'Yes, about 10 min',
  'What the feeling is telling me': full.feelingSays,
  'What I need': full.whatINeed,
  Note: full.note,
};

async function assertFullView(page) {
  const shown = Object.fromEntries((await h.widgets(page)).filter((w) => w.role === 'text').map((w) => [w.label, w.value]));
  assert.deepEqual(shown, fullView, 'the entry view shows every answer, exactly');
}

test('a full entry with every field filled saves each one exactly, and reads back after a reload and a restart', async (t) => {
  const profile = h.newProfileDir();
  let ctx = await h.launchFor(t, profile);
  let page = await h.openApp(ctx, server.url);
  const c = h.click;
  await c(page, 'Write a full entry');
  await c(page, 'Before 7');
  await c(page, 'What happened');
  await h.type(page, full.happened);
  await fill(page, 'New trigger', full.trigger);
  await c(page, 'Add New trigger');
  assert.equal(await isSelected(page, `Trigger ${full.trigger}`), true, 'the new trigger is on the list and chosen');
  assert.equal(await value(page, 'New trigger'), '', 'the field is cleared for another');
  await c(page, 'Emotion Anxious');
  await c(page, 'Strength 4 for Anxious');
  await fill(page, 'New emotion', full.emotion);
  await c(page, 'Add New emotion');
  assert.equal(await isSelected(page, `Emotion ${full.emotion}`), true);
  await c(page, `Strength 2 for ${full.emotion}`);
  await c(page, 'Body Activated');
  await c(page, 'Action Went for a walk');
  assert.equal(await isSelected(page, 'Soothe for Went for a walk'), true, 'its usual function to start with');
  await fill(page, 'New action', full.action);
  await c(page, 'Add New action');
  assert.equal(await isSelected(page, `Action ${full.action}`), true);
  await c(page, `Avoid for ${full.action}`);
  await c(page, `Numbing: screens for ${full.action}`);
  await c(page, 'Action Talked it through');
  assert.equal(await isSelected(page, 'Face for Talked it through'), true);
  await c(page, 'After 3');
  await c(page, 'Relief Lasting, with clarity');
  await c(page, 'New response Yes');
  await c(page, 'What was new');
  await h.type(page, full.whatWasNew);
  await c(page, 'Stayed Yes');
  await c(page, 'Stayed about 10 min');
  await c(page, 'What the feeling is telling me');
  await h.type(page, full.feelingSays);
  await c(page, 'What I need');
  await h.type(page, full.whatINeed);
  await c(page, 'Note');
  await h.type(page, full.note);
  assert.equal(await value(page, 'Note'), full.note);
  const before = Date.now();
  await c(page, 'Save entry');
  await h.widget(page, 'Delete entry'); // the saved entry opens
  await waitForSaved(page);
  await assertFullView(page);
  await page.mouse.move(0, 0);
  await h.settle(page);
  await h.screenshot(page, 'journal-entry-view');

  const records = await h.storedRecords(page);
  const [entry] = entriesIn(records);
  assert.equal(entriesIn(records).length, 1);
  assert.equal(records['draft-entry'], undefined, 'the draft went once the entry was saved');
  const library = Object.values(records).filter((r) => r.kind === 'library');
  const item = (of, name) => library.find((r) => r.of === of && r.name === name);
  const trigger = item('trigger', full.trigger), emotion = item('emotion', full.emotion), action = item('action', full.action);
  assert.ok(trigger && emotion && action, `the new trigger, emotion and action are kept (${JSON.stringify(library)})`);
  assert.match(trigger.id, /^trigger-[0-9a-z]+-[0-9a-f]{8}$/);
  assert.match(emotion.id, /^emotion-[0-9a-z]+-[0-9a-f]{8}$/);
  assert.match(action.id, /^action-[0-9a-z]+-[0-9a-f]{8}$/);
  assert.equal(action.function, 'soothe', 'a new action usually soothes until the lists say otherwise');
  assert.match(entry.id, /^entry-[0-9a-z]+-[0-9a-f]{8}$/);
  assert.ok(records[entry.id], 'stored under its own id');
  const { id, created, updated, ...rest } = entry;
  assert.deepEqual(rest, {
    kind: 'entry', v: 2, distress: 7,
    emotions: [{ emotion: 'emotion-anxious', intensity: 4 }, { emotion: emotion.id, intensity: 2 }],
    body: 'activated', note: full.note, happened: full.happened, trigger: trigger.id,
    actions: [{ action: 'action-walk', function: 'soothe' },
              { action: action.id, function: 'avoid', avoid: 'numbing_screens' },
              { action: 'action-talked-it-through', function: 'face' }],
    distress_after: 3, relief: 'lasting_with_clarity', new_response: 'yes', what_was_new: full.whatWasNew,
    stayed_with_feeling: 'yes', stayed_minutes: 10, feeling_says: full.feelingSays, what_i_need: full.whatINeed,
  });
  assert.match(created, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$/);
  assert.equal(updated, created);
  assert.ok(Math.abs(Date.parse(created) - before) < 60000, `created ${created} is when it was saved`);

  await reload(page);
  await c(page, 'Tab Journal');
  await openEntry(page, entry.id);
  await assertFullView(page);

  const errors = page.onwardErrors;
  await ctx.close();
  ctx = await h.launchFor(t, profile);
  page = await h.openApp(ctx, server.url);
  await c(page, 'Tab Journal');
  await openEntry(page, entry.id);
  await assertFullView(page);
  assert.deepEqual((await h.storedRecords(page))[entry.id], entry, 'reading it changed nothing');
  assert.deepEqual([...errors, ...page.onwardErrors], [], 'no errors in the console');
  await ctx.close();
});

// --- 2. lists: rename and merge -----------------------------------------------------------

// A new entry from the journal with a distress number and, if given, a trigger (a new
// one typed in, or one picked from the list); returns to the journal.
async function quickEntry(page, distress, { newTrigger, trigger } = {}) {
  await h.click(page, 'New entry');
  await h.click(page, `Before ${distress}`);
  if (newTrigger) {
    await fill(page, 'New trigger', newTrigger);
    await h.click(page, 'Add New trigger');
  }
  if (trigger) await h.click(page, `Trigger ${trigger}`);
  await h.click(page, 'Save now');
  await h.widget(page, 'Delete entry');
  await h.click(page, 'Back to journal');
}

test('a renamed trigger reads with its new name in old entries, and a merged one is found with its twin', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir());
  await movableClock(ctx);
  const page = await h.openApp(ctx, server.url);
  const start = Date.now() - 3 * HOUR;
  await setClock(page, start); // each entry at its own minute, so their rows are told apart
  await h.click(page, 'Tab Journal');
  await quickEntry(page, 5, { newTrigger: 'Work emails' });
  await setClock(page, start + 2 * MINUTE);
  await quickEntry(page, 6, { trigger: 'Work emails' });
  await setClock(page, start + 4 * MINUTE);
  await quickEntry(page, 4, { newTrigger: 'Inbox' });
  await setClock(page, start + 6 * MINUTE);
  await quickEntry(page, 2);
  await waitForSaved(page);

  let records = await h.storedRecords(page);
  const entries = entriesIn(records).sort((a, b) => Date.parse(a.created) - Date.parse(b.created));
  assert.equal(entries.length, 4);
  const [e1, e2, e3, e4] = entries;
  const work = Object.values(records).find((r) => r.kind === 'library' && r.name === 'Work emails');
  const inbox = Object.values(records).find((r) => r.kind === 'library' && r.name === 'Inbox');
  assert.ok(work && inbox);
  assert.deepEqual([e1.trigger, e2.trigger, e3.trigger, e4.trigger], [work.id, work.id, inbox.id, undefined]);
  const rowValue = async (id) => (await rows(page)).find((r) => r.key === id).value;
  assert.match(await rowValue(e1.id), /Trigger: Work emails/);
  const entriesBefore = Object.fromEntries(entries.map((e) => [e.id, e]));

  // Rename "Work emails".
  await h.click(page, 'Your lists');
  await h.click(page, 'List Triggers');
  await h.click(page, 'Rename Work emails');
  assert.equal(await value(page, 'New name for Work emails'), 'Work emails', 'renaming starts from the name');
  await fill(page, 'New name for Work emails', 'Email from my boss');
  await h.click(page, 'Save name');
  await h.widget(page, 'Email from my boss');
  assert.equal(await drawn(page, 'Work emails'), false, 'the old name is gone from the list');
  await waitForSaved(page);
  await page.mouse.move(0, 0);
  await h.settle(page);
  await h.screenshot(page, 'journal-lists');
  records = await h.storedRecords(page);
  assert.equal(records[work.id].name, 'Email from my boss', 'the same item, renamed');
  assert.equal(Object.values(records).filter((r) => r.kind === 'library' && r.of === 'trigger').length, 2, 'no twin was made');
  for (const e of entries) assert.deepEqual(records[e.id], entriesBefore[e.id], 'entries keep the trigger id, untouched');

  await h.click(page, 'Back to journal');
  assert.match(await rowValue(e1.id), /Trigger: Email from my boss/);
  assert.match(await rowValue(e2.id), /Trigger: Email from my boss/);
  assert.doesNotMatch((await rows(page)).map((r) => r.value).join('\n'), /Work emails/);
  await openEntry(page, e1.id);
  assert.equal(await value(page, 'Trigger'), 'Email from my boss');
  await h.click(page, 'Back to journal');

  // Merge "Inbox" into it.
  await h.click(page, 'Your lists');
  await h.click(page, 'Merge Inbox');
  await h.click(page, 'Into Email from my boss');
  await h.until(page, async () => !(await drawn(page, 'Inbox')));
  assert.equal(await drawn(page, 'Inbox'), false, 'a merged item leaves the list');
  await waitForSaved(page);
  records = await h.storedRecords(page);
  assert.equal(records[inbox.id].merged_into, work.id);
  assert.equal(records[e3.id].trigger, inbox.id, 'the entry still names what it named');
  await h.click(page, 'Back to journal');
  assert.match(await rowValue(e3.id), /Trigger: Email from my boss/);

  await h.click(page, 'Filters');
  await h.click(page, 'Filter Trigger');
  assert.equal(await drawn(page, 'Trigger Inbox'), false, 'the merged trigger is not offered');
  await h.click(page, 'Trigger Email from my boss');
  assert.equal(await value(page, 'Entries found'), '3 of 4 entries');
  await wheelTo(page, 'Entries found'); // the list under the open filters
  assert.deepEqual((await visibleRows(page)).map((r) => r.key), [e3.id, e2.id, e1.id],
                   'both triggers\' entries, newest first');

  await reload(page);
  await h.click(page, 'Tab Journal');
  assert.match(await rowValue(e3.id), /Trigger: Email from my boss/, 'the merge and the new name last');
  assert.match(await rowValue(e1.id), /Trigger: Email from my boss/);
  assert.deepEqual(page.onwardErrors, []);
  await ctx.close();
});

// --- 3. delete and undo, on a phone ----------------------------------------------------------

test('on a phone, a deleted entry is gone, Undo brings it back identical, and the next action ends the undo', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir(), h.phone);
  await movableClock(ctx);
  const page = await h.openApp(ctx, server.url);
  const start = Date.now() - HOUR;
  await setClock(page, start);
  // (Everything used here is near the top of its screen: on a phone each drag to scroll
  // and each frame at 3x are slow.)
  await h.tap(page, 'Tab Journal');
  await h.tap(page, 'New entry');
  await h.tap(page, 'Before 7');
  await h.tap(page, 'What happened');
  await h.type(page, 'Argument at dinner, voices raised.');
  await h.tap(page, 'Save now');
  await h.widget(page, 'Delete entry');
  await h.tap(page, 'Back to journal');
  await setClock(page, start + 3 * MINUTE);
  await h.tap(page, 'New entry');
  await h.tap(page, 'Before 3');
  await h.tap(page, 'What happened');
  await h.type(page, 'Calmer now.');
  await h.tap(page, 'Save now');
  await h.widget(page, 'Delete entry');
  await waitForSaved(page);

  const records = await h.storedRecords(page);
  const [a, b] = entriesIn(records).sort((x, y) => Date.parse(x.created) - Date.parse(y.created));
  const aText = await rawRecord(page, a.id);
  assert.equal(typeof aText, 'string');

  await h.tap(page, 'Back to journal');
  assert.deepEqual((await rows(page)).map((r) => r.key), [b.id, a.id], 'newest first');
  await openEntry(page, a.id, h.tap);
  assert.equal(await value(page, 'What happened'), 'Argument at dinner, voices raised.');
  await h.tap(page, 'Delete entry');
  assert.match(await value(page, 'Deleted'), /^The entry from .+ was deleted\.$/);
  assert.deepEqual((await rows(page)).map((r) => r.key), [b.id], 'gone from the list');
  assert.equal(await value(page, 'Entries found'), '1 entry');
  await waitForSaved(page);
  assert.equal(await rawRecord(page, a.id), undefined, 'gone from storage');
  assert.ok(await rawRecord(page, b.id), 'the other entry stays');

  await h.tap(page, 'Undo');
  assert.equal(await drawn(page, 'Deleted'), false);
  assert.equal(await drawn(page, 'Undo'), false);
  assert.deepEqual((await rows(page)).map((r) => r.key), [b.id, a.id], 'back in its place');
  await waitForSaved(page);
  assert.equal(await rawRecord(page, a.id), aText, 'the record is back exactly as it was');
  await openEntry(page, a.id, h.tap);
  assert.equal(await value(page, 'What happened'), 'Argument at dinner, voices raised.');
  assert.equal(await value(page, 'Distress'), 'Distress 7');

  // Deleted again, then another entry opened: the chance to undo has passed.
  await h.tap(page, 'Delete entry');
  await h.widget(page, 'Undo');
  await openEntry(page, b.id, h.tap);
  await h.tap(page, 'Back to journal');
  assert.equal(await drawn(page, 'Undo'), false, 'no Undo after something else was done');
  assert.equal(await drawn(page, 'Deleted'), false);
  assert.deepEqual((await rows(page)).map((r) => r.key), [b.id]);
  await waitForSaved(page);
  assert.equal(await rawRecord(page, a.id), undefined);
  await reload(page);
  await h.tap(page, 'Tab Journal');
  assert.deepEqual((await rows(page)).map((r) => r.key), [b.id], 'still gone after a reload');
  assert.deepEqual(page.onwardErrors, []);
  await ctx.close();
});

// --- 4. 20 000 generated entries against the core's answers -------------------------------------

const tool = h.journalTool;
const END_MS = 1795000000000; // 2026-11-18 11:06:40 UTC
const query = h.coreQuery;

// openApp with room for a big journal on a busy machine.
const openBig = (ctx) => h.openApp(ctx, server.url, { timeout: 90000 });

const countWords = (n) => (n === 20000 ? '20,000 entries' : `${groups(n)} of 20,000 entries`);


// The journal shows the core's answer: the count, and the first rows in the core's order.
async function agrees(page, answer, what) {
  assert.equal(await value(page, 'Entries found'), countWords(answer.count), `${what}: the count`);
  if (answer.count === 0) {
    assert.deepEqual(await rows(page), [], `${what}: no rows`);
    return;
  }
  await wheelTo(page, 'Entries found'); // the top of the list in view
  const keys = (await visibleRows(page)).map((r) => r.key);
  assert.ok(keys.length >= Math.min(3, answer.count), `${what}: rows are shown (${keys.length})`);
  assert.deepEqual(keys, answer.ids.slice(0, keys.length), `${what}: the first rows, newest first`);
}

test('20 000 entries: the list, search, every filter and the calendar agree with the core', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onward-journal-'));
  const file = path.join(dir, 'records.json');
  fs.writeFileSync(file, execFileSync(tool, ['generate', '20000', '7', String(END_MS)], { maxBuffer: 1 << 26 }));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const lib = Object.fromEntries(JSON.parse(fs.readFileSync(file, 'utf8'))
    .filter((r) => r.key.startsWith('trigger-')).map((r) => [r.key, JSON.parse(r.text)]));
  assert.equal(lib['trigger-gen-023'].merged_into, 'trigger-gen-002');
  assert.equal(lib['trigger-gen-025'].merged_into, 'trigger-gen-023', 'a chain of merges');
  assert.equal(lib['trigger-gen-024'].merged_into, 'trigger-gen-003');

  // Every question asked of the UI below, answered by the core in one go.
  const cases = [
    ['everything', {}],
    ['"aardvark"', { words: 'aardvark' }],
    ['"garden walk"', { words: 'garden walk' }],
    ['"café"', { words: 'café' }],
    ['"ПОКОЙ"', { words: 'ПОКОЙ' }],
    ['"no-such-word"', { words: 'no-such-word' }],
    ['January 2026', { from: '2026-01-01', to: '2026-01-31' }],
    ['from 2025-06-15', { from: '2025-06-15' }],
    ['emotion Anxious', { emotion: 'emotion-anxious' }],
    ['trigger 002 with its merged 023 and 025', { trigger: 'trigger-gen-002' }],
    ['trigger 003 with its merged 024', { trigger: 'trigger-gen-003' }],
    ['action Went for a walk', { action: 'action-walk' }],
    ['function Avoid', { function: 'avoid' }],
    ['lowest 8', { distress_min: 8 }],
    ['highest 2', { distress_max: 2 }],
    ['"walk", Soothe, highest 5', { words: 'walk', function: 'soothe', distress_max: 5 }],
    ['from 2025-01-01, Face, Anxious, lowest 3, highest 7',
     { from: '2025-01-01', function: 'face', emotion: 'emotion-anxious', distress_min: 3, distress_max: 7 }],
    ['November 2026', { month: '2026-11' }],
    ['October 2026', { month: '2026-10' }],
    ['October 2026, Avoid', { month: '2026-10', function: 'avoid' }],
    ['the oldest days', { to: '2013-03-16' }],
  ];
  const answers = Object.fromEntries(query(file, cases.map(([, f]) => f)).map((a, i) => [cases[i][0], a]));
  assert.equal(answers.everything.count, 20000);
  assert.equal(answers['"aardvark"'].count, 11, 'the standard journal (tests/tools/README.md)');
  const oldest = answers['the oldest days'];
  assert.ok(oldest.count >= 10 && oldest.count <= 50, `the oldest days hold ${oldest.count} entries`);

  const profile = h.newProfileDir();
  let ctx = await h.launchFor(t, profile);
  await movableClock(ctx);
  const loader = ctx.pages()[0] || (await ctx.newPage());
  await h.loadRecords(loader, server.url, JSON.parse(fs.readFileSync(file, 'utf8')));
  await setClock(loader, END_MS + HOUR); // "today" is the journal's last day
  let page = await openBig(ctx);
  const c = h.click;
  await c(page, 'Tab Journal');
  await agrees(page, answers.everything, 'everything');
  await page.mouse.move(0, 0);
  await h.settle(page);
  await h.screenshot(page, 'journal-list-desktop');

  // Scrolling with the wheel: every screenful continues the core's order.
  let last = 0;
  for (let i = 0; i < 3; ++i) {
    await page.mouse.move(640, 500);
    await page.mouse.wheel(0, 900);
    await h.settle(page);
    const keys = (await visibleRows(page)).map((r) => r.key);
    const at = answers.everything.ids.indexOf(keys[0]);
    assert.ok(at > last, `scrolled further down (row ${at})`);
    assert.deepEqual(keys, answers.everything.ids.slice(at, at + keys.length), `screenful ${i + 1} in order`);
    last = at;
  }
  // All the way down: the oldest entries, in order, at the bottom.
  await page.mouse.wheel(0, 3e6);
  await h.settle(page);
  await page.mouse.wheel(0, 3e6);
  await h.settle(page);
  const bottom = (await visibleRows(page)).map((r) => r.key);
  assert.ok(bottom.length >= 5);
  assert.deepEqual(bottom, oldest.ids.slice(-bottom.length), 'the list ends with the oldest entries');
  await page.mouse.wheel(0, -3e6);
  await h.settle(page);

  // Search.
  for (const [what, words] of [['"aardvark"', 'aardvark'], ['"garden walk"', 'garden walk'], ['"café"', 'café'],
                               ['"ПОКОЙ"', 'ПОКОЙ'], ['"no-such-word"', 'no-such-word']]) {
    await fill(page, 'Search', words);
    await agrees(page, answers[what], what);
  }
  await fill(page, 'Search', '');
  await agrees(page, answers.everything, 'search cleared');

  // Filters, one at a time.
  await c(page, 'Filters');
  const clear = async () => {
    await c(page, 'Clear filters');
    assert.equal(await value(page, 'Entries found'), '20,000 entries', 'cleared');
  };
  await fill(page, 'From', '2026-01-01');
  await fill(page, 'To', '2026-01-31');
  await agrees(page, answers['January 2026'], 'January 2026');
  await clear();
  assert.equal(await value(page, 'From'), '');
  await fill(page, 'From', '2025-06-15');
  await agrees(page, answers['from 2025-06-15'], 'from 2025-06-15');
  await clear();
  const pick = async (filter, choice) => { await c(page, `Filter ${filter}`); await c(page, `${filter} ${choice}`); };
  await pick('Emotion', 'Anxious');
  await agrees(page, answers['emotion Anxious'], 'emotion Anxious');
  await clear();
  await c(page, 'Filter Trigger');
  for (const merged of ['trigger-gen-023', 'trigger-gen-024', 'trigger-gen-025'])
    assert.equal(await drawn(page, `Trigger ${lib[merged].name}`), false, `${merged} (merged) is not offered on its own`);
  await c(page, `Trigger ${lib['trigger-gen-002'].name}`);
  await agrees(page, answers['trigger 002 with its merged 023 and 025'], 'trigger 002');
  await clear();
  await pick('Trigger', lib['trigger-gen-003'].name);
  await agrees(page, answers['trigger 003 with its merged 024'], 'trigger 003');
  await clear();
  await pick('Action', 'Went for a walk');
  await agrees(page, answers['action Went for a walk'], 'action walk');
  await clear();
  await c(page, 'Function Avoid');
  await agrees(page, answers['function Avoid'], 'function Avoid');
  await clear();
  await c(page, 'Lowest 8');
  await agrees(page, answers['lowest 8'], 'lowest 8');
  await clear();
  await c(page, 'Highest 2');
  await agrees(page, answers['highest 2'], 'highest 2');
  await clear();
  // Combinations.
  await fill(page, 'Search', 'walk');
  await c(page, 'Function Soothe');
  await c(page, 'Highest 5');
  await agrees(page, answers['"walk", Soothe, highest 5'], '"walk", Soothe, highest 5');
  await fill(page, 'Search', '');
  await clear();
  await fill(page, 'From', '2025-01-01');
  await c(page, 'Function Face');
  await pick('Emotion', 'Anxious');
  await c(page, 'Lowest 3');
  await c(page, 'Highest 7');
  await agrees(page, answers['from 2025-01-01, Face, Anxious, lowest 3, highest 7'], 'a combination');
  await clear();

  // The calendar: each day's count and peak are the core's month_distress.
  const monthAgrees = async (month, answer, what) => {
    const [y, m] = month.split('-');
    const days = answer.month_distress;
    for (let d = 1; d <= days.length; ++d) {
      const { entries, peak } = days[d - 1];
      const want = entries ? `${entries} ${entries === 1 ? 'entry' : 'entries'}, highest distress ${peak}` : 'no entries';
      assert.equal(await value(page, `Day ${y}-${m}-${String(d).padStart(2, '0')}`), want, `${what}: day ${d}`);
    }
    assert.equal(await drawn(page, `Day ${y}-${m}-${String(days.length + 1).padStart(2, '0')}`), false);
  };
  await c(page, 'Filters'); // closed, for the calendar's own look
  await c(page, 'Show calendar');
  assert.equal(await value(page, 'Month'), 'November 2026', 'the calendar opens at this month');
  await monthAgrees('2026-11', answers['November 2026'], 'November 2026');
  await wheelTo(page, 'Entries found');
  await page.mouse.move(0, 0);
  await h.settle(page);
  await h.screenshot(page, 'journal-calendar');
  await c(page, 'Earlier month');
  assert.equal(await value(page, 'Month'), 'October 2026');
  await monthAgrees('2026-10', answers['October 2026'], 'October 2026');
  await c(page, 'Filters');
  await c(page, 'Function Avoid');
  await monthAgrees('2026-10', answers['October 2026, Avoid'], 'October 2026, Avoid');
  await clear();
  // A tap on a day opens its entries.
  const october = answers['October 2026'].month_distress;
  const busiest = october.reduce((best, d, i) => (d.entries > october[best].entries ? i : best), 0) + 1;
  const day = `2026-10-${String(busiest).padStart(2, '0')}`;
  const [dayAnswer] = query(file, [{ from: day, to: day }]);
  assert.equal(dayAnswer.count, october[busiest - 1].entries);
  await c(page, `Day ${day}`);
  assert.equal(await drawn(page, 'Month'), false, 'the list is shown');
  assert.equal(await value(page, 'From'), day);
  assert.equal(await value(page, 'To'), day);
  await agrees(page, dayAnswer, `the day ${day}`);
  await clear();
  assert.deepEqual(page.onwardErrors, [], 'no errors in the console');
  await ctx.close();

  // The same journal on a phone.
  ctx = await h.launchFor(t, profile, h.phone);
  await movableClock(ctx);
  page = await openBig(ctx);
  await h.tap(page, 'Tab Journal');
  assert.equal(await value(page, 'Entries found'), '20,000 entries');
  const keys = (await visibleRows(page)).map((r) => r.key);
  assert.ok(keys.length >= 3);
  assert.deepEqual(keys, answers.everything.ids.slice(0, keys.length));
  await h.screenshot(page, 'journal-list-phone');
  assert.deepEqual(page.onwardErrors, []);
  await ctx.close();
});

// --- 5. the relief re-check -----------------------------------------------------------------

test('the relief re-check asks only inside its window, and its answer is kept', async (t) => {
  const profile = h.newProfileDir();
  let ctx = await h.launchFor(t, profile);
  await movableClock(ctx);
  let page = await h.openApp(ctx, server.url);
  await h.click(page, 'Write a full entry');
  await h.click(page, 'Before 6');
  await h.click(page, 'Action Went for a walk');
  await h.click(page, 'After 2');
  await h.click(page, 'Save entry');
  await h.widget(page, 'Delete entry');
  await waitForSaved(page);
  const [entry] = entriesIn(await h.storedRecords(page));
  const created = Date.parse(entry.created);
  await h.click(page, 'Tab Today');
  assert.equal(await drawn(page, 'Re-check'), false, 'not right after writing it');

  // Left open on Today with nothing happening, the app wakes itself when the delay ends.
  await setClock(page, created + 120 * MINUTE - 2000);
  await reload(page);
  await h.settle(page);
  assert.equal(await drawn(page, 'Re-check'), false, 'two seconds before the delay ends');
  await h.until(page, () => drawn(page, 'Re-check'), 10000);
  assert.equal(await drawn(page, 'Re-check'), true, 'shown when it falls due, with no input');

  const at = async (ms) => {
    await setClock(page, created + ms);
    await reload(page);
    await h.settle(page);
    return drawn(page, 'Re-check');
  };
  assert.equal(await at(119 * MINUTE), false, 'not before the delay (2 hours by default)');
  assert.equal(await at(24 * HOUR + MINUTE), false, 'not once a day has passed');
  assert.equal(await at(24 * HOUR - 2 * MINUTE), true, 'still asked near the end of the day');
  assert.equal(await at(121 * MINUTE), true, 'asked once the delay has passed');
  assert.match(await value(page, 'Re-check'), /^Earlier, at \d\d:\d\d, your distress went from 6 to 2 after “Went for a walk”\.$/);
  await page.mouse.move(0, 0);
  await h.settle(page);
  await h.screenshot(page, 'journal-recheck-desktop');
  await ctx.close();

  // Answered on a phone, with taps.
  ctx = await h.launchFor(t, profile, h.phone);
  await movableClock(ctx);
  page = await h.openApp(ctx, server.url);
  await h.widget(page, 'Re-check');
  await h.screenshot(page, 'journal-recheck-phone');
  await h.tap(page, 'Now 4');
  await h.tap(page, 'Lasted Yes');
  await h.tap(page, 'Save how it is now');
  assert.equal(await drawn(page, 'Re-check'), false, 'answered, the card goes');
  await waitForSaved(page);
  const stored = (await h.storedRecords(page))[entry.id];
  assert.deepEqual(Object.keys(stored.recheck).sort(), ['at', 'distress', 'lasted']);
  assert.equal(stored.recheck.distress, 4);
  assert.equal(stored.recheck.lasted, 'yes');
  const answeredAt = Date.parse(stored.recheck.at);
  assert.ok(Math.abs(answeredAt - (created + 121 * MINUTE)) < 5 * MINUTE, `answered at the app's now (${stored.recheck.at})`);
  const { recheck, updated, ...rest } = stored;
  const { updated: _u, ...restBefore } = entry;
  assert.deepEqual(rest, restBefore, 'the rest of the entry is unchanged');
  await reload(page);
  await h.settle(page);
  assert.equal(await drawn(page, 'Re-check'), false, 'it does not come back after a reload');
  await h.tap(page, 'Tab Journal');
  await openEntry(page, entry.id, h.tap);
  assert.match(await value(page, 'Later'), /^At .+: distress 4, the relief lasted$/);
  assert.deepEqual(page.onwardErrors, []);
  await ctx.close();
});

// --- 6. drafts --------------------------------------------------------------------------------

test('a half-written entry and a half-done check-in come back after a reload; discarding removes the draft', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir());
  const page = await h.openApp(ctx, server.url);
  const happened = 'Half a thought about the meeting — не закончила';
  await h.click(page, 'Write a full entry');
  await h.click(page, 'Before 5');
  await h.click(page, 'What happened');
  await h.type(page, happened);
  await h.click(page, 'Action Kept busy');
  const draftHolds = async () => {
    const d = (await h.storedRecords(page))['draft-entry'];
    return d && d.entry.distress === 5 && d.entry.happened === happened && d.entry.actions?.length === 1
      && !(await page.evaluate(() => window.onwardTest.unsaved()));
  };
  await h.until(page, draftHolds);
  const draft = (await h.storedRecords(page))['draft-entry'];
  assert.equal(draft.kind, 'draft');
  assert.deepEqual(draft.entry.actions, [{ action: 'action-kept-busy', function: 'avoid', avoid: 'keeping_busy' }]);
  assert.equal(entriesIn(await h.storedRecords(page)).length, 0, 'nothing saved as an entry yet');

  await reload(page);
  assert.match(await value(page, 'Unsaved entry'), /^Kept for you from .+\.$/);
  await h.click(page, 'Continue writing');
  assert.equal(await isSelected(page, 'Before 5'), true);
  assert.equal(await value(page, 'What happened'), happened);
  assert.equal(await isSelected(page, 'Action Kept busy'), true);
  assert.equal(await isSelected(page, 'Avoid for Kept busy'), true);
  assert.equal(await isSelected(page, 'Keeping busy for Kept busy'), true);
  await h.click(page, 'Tab Today');
  await h.click(page, 'Discard it');
  assert.equal(await drawn(page, 'Unsaved entry'), false);
  await h.until(page, async () => (await h.storedRecords(page))['draft-entry'] === undefined);
  assert.equal((await h.storedRecords(page))['draft-entry'], undefined, 'the draft record is gone');
  await reload(page);
  assert.equal(await drawn(page, 'Unsaved entry'), false, 'and stays gone');
  await h.click(page, 'Write a full entry');
  assert.equal(await value(page, 'What happened'), '', 'a new entry starts empty');
  assert.equal(await isSelected(page, 'Before 5'), false);
  await h.click(page, 'Tab Today');

  // The quick check-in's draft comes back into the Today form.
  const note = 'a check-in not saved yet, ещё нет 🙂';
  await h.click(page, 'Distress 3');
  await h.click(page, 'Emotion Sad');
  await h.click(page, 'Strength 2 for Sad');
  await h.click(page, 'Note');
  await h.type(page, note);
  await h.until(page, async () => (await h.storedRecords(page))['draft-checkin']?.entry.note === note
                                    && !(await page.evaluate(() => window.onwardTest.unsaved())));
  assert.equal((await h.storedRecords(page))['draft-checkin'].entry.note, note);
  await reload(page);
  assert.equal(await isSelected(page, 'Distress 3'), true);
  assert.equal(await isSelected(page, 'Emotion Sad'), true);
  assert.equal(await isSelected(page, 'Strength 2 for Sad'), true);
  assert.equal(await value(page, 'Note'), note);
  await h.click(page, 'Save check-in');
  await waitForSaved(page);
  const records = await h.storedRecords(page);
  assert.equal(records['draft-checkin'], undefined, 'saved, the draft goes');
  const saved = entriesIn(records);
  assert.equal(saved.length, 1);
  assert.equal(saved[0].note, note);
  assert.deepEqual(saved[0].emotions, [{ emotion: 'emotion-sad', intensity: 2 }]);
  assert.deepEqual(page.onwardErrors, []);
  await ctx.close();
});

// --- 7. very long text -------------------------------------------------------------------------

test('100 000 characters pasted into an entry are kept exactly, through a reload', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir());
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  let page = await h.openApp(ctx, server.url);
  const text = h.longText(100000);
  assert.equal(Array.from(text).length, 100000);
  await h.click(page, 'Write a full entry');
  await h.click(page, 'Before 4');
  await page.evaluate((text) => navigator.clipboard.writeText(text), text);
  await h.click(page, 'What happened');
  await page.keyboard.press('Control+V');
  await h.settle(page);
  await h.until(page, async () => (await value(page, 'What happened')).length === text.length);
  assert.ok((await value(page, 'What happened')) === text, 'the field holds exactly what was pasted');
  await h.click(page, 'Save now'); // (the wheel over the long field would scroll the field, not the page)
  await h.widget(page, 'Delete entry', { timeout: 20000 });
  await waitForSaved(page);
  assert.ok((await value(page, 'What happened')) === text, 'the entry view shows it all');
  let [entry] = entriesIn(await h.storedRecords(page));
  assert.equal(entry.happened.length, text.length);
  assert.ok(entry.happened === text, 'stored exactly');

  await reload(page);
  await h.click(page, 'Tab Journal');
  await openEntry(page, entry.id);
  const shown = await value(page, 'What happened');
  assert.equal(Array.from(shown).length, 100000);
  assert.ok(shown === text, 'after a reload the entry view shows exactly the 100 000 characters');
  [entry] = entriesIn(await h.storedRecords(page));
  assert.ok(entry.happened === text, 'and the record still holds them');
  assert.deepEqual(page.onwardErrors, []);
  await ctx.close();
});
