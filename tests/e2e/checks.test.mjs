// Self-checks, end to end in real Chromium: the weekly coping-or-healing check taken with
// a mouse and with taps, its scores worked by hand, a safety answer that opens crisis mode
// every time (storage failing included), the due card on Today under a moved clock, a
// check changed the same day only, and questionnaires imported through the browser's own
// file chooser or pasted, broken ones refused with their reason and nothing stored.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as h from './harness.mjs';

let server;
before(async () => { server = await h.startServer(); });
after(() => server.stop());

const SECOND = 1000;

const WEEKLY = 'Weekly coping-or-healing check';
const STUCK = 'Signs of being stuck';
const HEALING = 'Signs of moving toward healing';
const BALANCE = 'Balance (healing minus stuck)';
const SCALE = ['Not at all', 'A little', 'Often', 'Most of the time'];
const QUESTION_IDS = ['kept-feelings-away', 'relief-faded', 'understood-not-shifted', 'outside-fixes',
                      'let-feelings-be-felt', 'new-response', 'deep-relief', 'stayed-with-discomfort', 'safety'];
const TOO_FEW = '— (too few answers to work it out)';
const ESTIMATED = ', estimated from the answers given';
const MINUS = '−'; // U+2212, as a number is written

// --- small helpers --------------------------------------------------------------------

const { value, waitForSaved, reload } = h;
const drawn = async (page, label) => (await h.widgets(page)).some((w) => w.label === label);
const isSelected = async (page, label) => (await h.widget(page, label)).selected;
const rows = async (page) => (await h.widgets(page)).filter((w) => w.role === 'row');
// Saved checks (a check being answered is kept as the draft "draft-check", not counted).
const checksIn = (records) => Object.values(records).filter((r) => r.kind === 'check' && r.id.startsWith('check-'));
const at = (iso) => Date.parse(iso);

// The labels the header draws on every screen, left out when a screen's own words are read.
const HEADER = new Set(['Save status', 'Notice', 'Not saved yet']);

// What a check's result shows, as a person reads it: every score, chart, answer and note
// by its label (the header's own words and the safety card aside).
async function resultShown(page) {
  return Object.fromEntries((await h.widgets(page))
    .filter((w) => ['status', 'chart', 'text'].includes(w.role) && !HEADER.has(w.label))
    .map((w) => [w.label, w.value]));
}

// Checks a result against what is expected, the charts ("Recent …") kept aside in `charts`
// to be compared at the end of the test, so a wrong chart hides nothing after it.
async function assertResult(page, expected, what, charts) {
  const shown = await resultShown(page);
  const split = (o, chart) => Object.fromEntries(Object.entries(o).filter(([k]) => k.startsWith('Recent ') === chart));
  assert.deepEqual(split(shown, false), split(expected, false), what);
  charts.push([split(shown, true), split(expected, true), what]);
}
function assertCharts(charts) {
  for (const [shown, expected, what] of charts)
    assert.deepEqual(shown, expected, `${what}: each chart lists the day and the score of each check`);
}

const { movableClock, setClock } = h;
const appNow = (page) => page.evaluate(() => Date.now());

// A screenshot in build/screenshots, the mouse moved off the page first so nothing shows
// hovered; checked to hold a picture.
async function shot(page, name) {
  if (page.viewportSize().width > 600) await page.mouse.move(0, 0); // (a phone has no mouse to move)
  await h.settle(page);
  const file = await h.screenshot(page, name);
  assert.ok(fs.statSync(file).size > 10000, `${file} holds a picture`);
}

// Opens the app with its clock at `iso` (set, then a reload so the app starts there).
async function openAt(ctx, iso) {
  const page = await h.openApp(ctx, server.url);
  await setClock(page, at(iso));
  await reload(page);
  return page;
}
async function moveClockAndReload(page, ms) {
  await setClock(page, ms);
  await reload(page);
}

const { recordLinks, followed } = h;

const tap = h.tap;
// Presses the `n`th widget labelled `label`, with the mouse or (act = tap) a finger.
const pressNth = (page, label, n, act = h.click) => act(page, label, { n });
const reveal = (page, label, n = 0, touch = false) => h.reveal(page, label, { n, touch });

// Answers the weekly check on one page (a desktop): `answers[i]` is question i+1's point
// on the scale, or null to leave it out.
async function answerAll(page, answers, act = h.click) {
  for (let i = 0; i < answers.length; ++i)
    if (answers[i] !== null) await act(page, `Question ${i + 1}: ${SCALE[answers[i]]}`);
}

// The stored answers a list of points stands for.
const storedAnswers = (answers) =>
  Object.fromEntries(answers.map((a, i) => [QUESTION_IDS[i], a]).filter(([, a]) => a !== null));

// The nine "Answer N" texts for a list of points.
const answerTexts = (answers) =>
  Object.fromEntries(answers.map((a, i) => [`Answer ${i + 1}`, a === null ? 'Left out' : SCALE[a]]));

// Crisis mode, opened by a safety answer: the words that say why, the safety plan, the
// lines, and the way back to the check.
async function inCrisisModeFromCheck(page) {
  const all = await h.widgets(page);
  const labels = all.map((w) => w.label);
  for (const must of ['You are not alone in this', 'My safety plan', 'Call 988', 'Back to my check'])
    assert.ok(labels.includes(must), `crisis mode shows "${must}" (drawn: ${labels.join(' | ')})`);
  const safety = all.find((w) => w.label === 'Safety');
  assert.ok(safety, 'the safety words are shown');
  assert.equal(safety.role, 'alert');
  assert.match(safety.value, /Thoughts of hurting yourself or of not wanting to be alive/);
  assert.match(safety.value, /Your check is kept for later\./);
  assert.equal(all.find((w) => w.label === 'Tab Coping tools').selected, true, 'the Coping tools tab is open');
  assert.equal(labels.some((l) => l.startsWith('Question ')), false, 'the questions are gone from the screen');
  const y = (label) => all.find((w) => w.label === label).y;
  assert.ok(y('Safety') < y('My safety plan') && y('My safety plan') < y('Call 988'),
            'the words first, then the safety plan, then the lines');
}

// The saved check's safety card comes before any score, with the lines in it.
async function safetyCardFirst(page) {
  const all = await h.widgets(page);
  const y = (label) => {
    const w = all.find((x) => x.label === label);
    assert.ok(w, `"${label}" is drawn (drawn: ${all.map((x) => x.label).join(' | ')})`);
    return w.y;
  };
  const safety = all.find((w) => w.label === 'Safety');
  assert.equal(safety?.role, 'alert', 'the result opens with the safety card');
  assert.match(safety.value, /You said that you had thoughts of hurting yourself or of not wanting to be alive/);
  assert.ok(y('Safety') < y('Open my safety plan') && y('Open my safety plan') < y('Call 988')
            && y('Call 988') < y(STUCK) && y(STUCK) < y(HEALING) && y(HEALING) < y(BALANCE),
            'the safety card, its plan button and the lines all come before the scores');
}

// --- 1. the weekly check on a desktop ---------------------------------------------------

const BERLIN = { ...h.desktop, timezoneId: 'Europe/Berlin' };

test('the weekly check, taken with a mouse, shows hand-worked scores, stores each answer, and reads back after a reload', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir(), BERLIN);
  await movableClock(ctx);
  await recordLinks(ctx);
  const page = await openAt(ctx, '2026-11-04T20:00:00+01:00'); // a Wednesday evening, in Berlin
  await h.click(page, 'Tab Reflect');
  assert.equal(await value(page, `${WEEKLY} last taken`), 'Not taken yet.');
  assert.equal((await rows(page)).length, 0);
  await shot(page, 'checks-reflect-desktop');
  await h.click(page, 'Take Weekly coping-or-healing check');
  await shot(page, 'checks-check-desktop');
  const labels = (await h.widgets(page)).map((w) => w.label);
  for (let q = 1; q <= 9; ++q)
    for (const s of SCALE) assert.ok(labels.includes(`Question ${q}: ${s}`), `all nine questions on one page (Question ${q}: ${s})`);
  assert.equal(await value(page, 'Question 9'),
               'This week, did you have thoughts of hurting yourself or of not wanting to be alive?');

  // Stuck 3+2+2+1 = 8 of 12; healing 1+0+2+1 = 4 of 12; balance 4 − 8 = −4.
  const first = [3, 2, 2, 1, 1, 0, 2, 1, 0];
  const note = 'Прогулка у моря помогла — café au lait, naïve résumé, ёжик';
  await answerAll(page, first);
  for (let i = 0; i < 9; ++i)
    assert.equal(await isSelected(page, `Question ${i + 1}: ${SCALE[first[i]]}`), true, `question ${i + 1} shows its answer`);
  assert.equal(await drawn(page, 'Safety'), false, '"Not at all" to the safety question opens nothing');
  await h.click(page, 'Check note');
  await h.type(page, note);
  assert.equal(await value(page, 'Check note'), note);
  await h.click(page, 'Save my check');
  await waitForSaved(page);

  const firstView = {
    [STUCK]: '8 of 12', [HEALING]: '4 of 12', [BALANCE]: `${MINUS}4`,
    ...answerTexts(first), 'Check note': note,
  };
  assert.deepEqual(await resultShown(page), firstView, 'the result shows the hand-worked scores and every answer');
  assert.equal(await drawn(page, 'Safety'), false, 'no safety card after "Not at all"');
  assert.equal(await drawn(page, 'Change my answers'), true, 'it can be changed today');

  // The page on the idea behind it, with the organisations to read more from, and back.
  await h.click(page, 'About coping and healing');
  const links = (await h.widgets(page)).filter((w) => w.role === 'link').map((w) => [w.label, w.value]);
  assert.deepEqual(links, [['Mental Health America', 'https://mhanational.org/'],
                           ['National Center for PTSD (US)', 'https://www.ptsd.va.gov/'],
                           ['National Institute of Mental Health (US)', 'https://www.nimh.nih.gov/']]);
  await h.click(page, 'National Center for PTSD (US)');
  assert.deepEqual(await followed(page), ['https://www.ptsd.va.gov/'], 'opened only when asked');
  await h.click(page, 'Back');
  assert.deepEqual(await resultShown(page), firstView, 'back at the result');

  let records = await h.storedRecords(page);
  let checks = checksIn(records);
  assert.equal(checks.length, 1);
  assert.equal(records['draft-check'], undefined, 'saved, the check leaves no draft behind');
  const [stored] = checks;
  assert.match(stored.id, /^check-[0-9a-z]+-[0-9a-f]{8}$/);
  assert.equal(records[stored.id], stored, 'kept under its own id');
  const { id, taken, updated, ...rest } = stored;
  assert.deepEqual(rest, {
    kind: 'check', v: 1, questionnaire: 'onward-weekly-check', questionnaire_version: 1,
    answers: {
      'kept-feelings-away': 3, 'relief-faded': 2, 'understood-not-shifted': 2, 'outside-fixes': 1,
      'let-feelings-be-felt': 1, 'new-response': 0, 'deep-relief': 2, 'stayed-with-discomfort': 1, safety: 0,
    },
    note,
  });
  assert.match(taken, /^2026-11-04T20:00:\d\d\.\d{3}\+01:00$/, 'taken on the app\'s clock, in Berlin\'s offset');
  assert.equal(updated, taken);

  // A reload: Reflect lists it, and it opens with the same values.
  await reload(page);
  await h.click(page, 'Tab Reflect');
  assert.equal(await value(page, `${WEEKLY} last taken`), 'Last taken today.');
  let listed = await rows(page);
  assert.deepEqual(listed.map((r) => [r.key, r.label, r.value]), [[id, 'Check on Wed 4 Nov 2026, 20:00',
    `${WEEKLY} · ${STUCK} 8 of 12 · ${HEALING} 4 of 12 · ${BALANCE} ${MINUS}4`]]);
  await h.click(page, listed[0].label);
  assert.deepEqual(await resultShown(page), firstView, 'after a reload the check reads the same');
  await h.click(page, 'Done');
  await h.widget(page, 'Every check so far');

  // A week later, one stuck question left out: 3+3+2 = 8 over 3 answers, × 4 ÷ 3 = 10.67,
  // so 11, estimated; healing 2+2+3+1 = 8; balance 8 − 11 = −3, estimated as well.
  await moveClockAndReload(page, at('2026-11-11T19:30:00+01:00'));
  await h.click(page, 'Tab Reflect');
  assert.equal(await value(page, `${WEEKLY} last taken`), 'Last taken 7 days ago.');
  await h.click(page, 'Take Weekly coping-or-healing check');
  const second = [null, 3, 3, 2, 2, 2, 3, 1, 0];
  await answerAll(page, second);
  await h.click(page, 'Save my check');
  await waitForSaved(page);
  const charts = [];
  await assertResult(page, {
    [STUCK]: `11 of 12${ESTIMATED}`, [`Recent ${STUCK}`]: '4 Nov 8, 11 Nov 11',
    [HEALING]: '8 of 12', [`Recent ${HEALING}`]: '4 Nov 4, 11 Nov 8',
    [BALANCE]: `${MINUS}3${ESTIMATED}`, [`Recent ${BALANCE}`]: `4 Nov ${MINUS}4, 11 Nov ${MINUS}3`,
    ...answerTexts(second),
  }, 'the prorated score, and each score beside the week before', charts);
  await shot(page, 'checks-result-scores-desktop');
  await h.click(page, 'Done');

  // Another week, two healing questions left out: too few for it, and so for the balance.
  await moveClockAndReload(page, at('2026-11-18T08:15:00+01:00'));
  await h.click(page, 'Tab Reflect');
  await h.click(page, 'Take Weekly coping-or-healing check');
  const third = [0, 0, 0, 1, 3, null, null, 3, 0];
  await answerAll(page, third);
  await h.click(page, 'Save my check');
  await waitForSaved(page);
  const thirdView = {
    [STUCK]: '1 of 12', [`Recent ${STUCK}`]: '4 Nov 8, 11 Nov 11, 18 Nov 1',
    [HEALING]: TOO_FEW, [`Recent ${HEALING}`]: '4 Nov 4, 11 Nov 8, 18 Nov no score',
    [BALANCE]: TOO_FEW, [`Recent ${BALANCE}`]: `4 Nov ${MINUS}4, 11 Nov ${MINUS}3, 18 Nov no score`,
    ...answerTexts(third),
  };
  await assertResult(page, thirdView, 'two left out of one group', charts);

  records = await h.storedRecords(page);
  checks = checksIn(records).sort((a, b) => Date.parse(a.taken) - Date.parse(b.taken));
  assert.equal(checks.length, 3);
  assert.deepEqual(checks[0], stored, 'the first check is untouched');
  assert.deepEqual(checks.map((c) => c.answers), [stored.answers, storedAnswers(second), storedAnswers(third)],
                   'left-out questions are absent from the stored answers');
  assert.match(checks[1].taken, /^2026-11-11T19:30:\d\d\.\d{3}\+01:00$/);
  assert.match(checks[2].taken, /^2026-11-18T08:15:\d\d\.\d{3}\+01:00$/);
  assert.equal('note' in checks[1], false, 'no note, no note field');

  await reload(page);
  await h.click(page, 'Tab Reflect');
  listed = await rows(page);
  assert.deepEqual(listed.map((r) => [r.key, r.label]), [
    [checks[2].id, 'Check on Wed 18 Nov 2026, 08:15'],
    [checks[1].id, 'Check on Wed 11 Nov 2026, 19:30'],
    [checks[0].id, 'Check on Wed 4 Nov 2026, 20:00']], 'newest first');
  assert.equal(listed[1].value, `${WEEKLY} · ${STUCK} 11 of 12${ESTIMATED} · ${HEALING} 8 of 12 · ${BALANCE} ${MINUS}3${ESTIMATED}`);
  await h.click(page, listed[0].label);
  await assertResult(page, thirdView, 'the newest reads the same after a reload', charts);
  assert.deepEqual(page.onwardErrors, [], 'no errors in the console');
  assertCharts(charts);
});

// --- 2. the safety path on a phone ---------------------------------------------------------

test('on a phone, a safety answer opens crisis mode at once, every time; the saved check shows the lines before any score', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir(), h.phone);
  await recordLinks(ctx);
  const page = await h.openApp(ctx, server.url);
  await reveal(page, 'Take the check', 0, true);
  await shot(page, 'checks-today-card-phone');
  await tap(page, 'Tab Reflect');
  await shot(page, 'checks-reflect-phone');
  await tap(page, 'Take Weekly coping-or-healing check');
  await shot(page, 'checks-check-phone');

  // One question at a time, moving on by itself once answered.
  // Stuck 2+1+3+0 = 6; healing 1+2+1+2 = 6; balance 0.
  const answers = [2, 1, 3, 0, 1, 2, 1, 2];
  for (let i = 0; i < answers.length; ++i) {
    const labels = (await h.widgets(page)).map((w) => w.label);
    assert.ok(labels.includes(`Question ${i + 1}`), `question ${i + 1} is shown`);
    assert.equal(labels.filter((l) => /^Question \d+$/.test(l)).length, 1, 'one question at a time');
    await tap(page, `Question ${i + 1}: ${SCALE[answers[i]]}`);
  }
  assert.equal(await drawn(page, 'Question 9'), true, 'on to the safety question');
  await shot(page, 'checks-safety-question-phone');
  await tap(page, 'Question 9: A little');
  await inCrisisModeFromCheck(page);
  await shot(page, 'checks-crisis-mode-phone');
  assert.equal(checksIn(await h.storedRecords(page)).length, 0, 'nothing was saved on the way');

  // Back, with every answer kept.
  await tap(page, 'Back to my check');
  assert.equal(await drawn(page, 'Safety'), false);
  await h.widget(page, 'Save my check');
  await tap(page, 'Previous question');
  assert.equal(await isSelected(page, 'Question 9: A little'), true, 'the safety answer is kept');
  await tap(page, 'Previous question');
  assert.equal(await isSelected(page, 'Question 8: Often'), true, 'so are the others');
  await tap(page, 'Next question');
  // A changed answer, still above "Not at all": crisis mode again.
  await tap(page, 'Question 9: Often');
  await inCrisisModeFromCheck(page);
  await tap(page, 'Back to my check');
  await tap(page, 'Check note');
  await h.type(page, 'Called my sister.');
  await tap(page, 'Save my check');
  await h.until(page, () => drawn(page, STUCK));
  await safetyCardFirst(page);
  assert.deepEqual(await resultShown(page), {
    [STUCK]: '6 of 12', [HEALING]: '6 of 12', [BALANCE]: '0',
    ...answerTexts([...answers, 2]), 'Check note': 'Called my sister.',
  });
  await shot(page, 'checks-result-safety-phone');
  await reveal(page, BALANCE, 0, true); // the last score: the others are above it
  assert.ok((await reveal(page, STUCK, 0, true)).y < (await h.widget(page, BALANCE)).y);
  await shot(page, 'checks-result-scores-phone');

  await h.until(page, async () => checksIn(await h.storedRecords(page)).length === 1);
  const [stored] = checksIn(await h.storedRecords(page));
  assert.deepEqual(stored.answers, storedAnswers([...answers, 2]), 'the safety answer stored as 2 ("Often")');
  assert.equal(stored.note, 'Called my sister.');

  await tap(page, 'Call 988');
  assert.deepEqual(await followed(page), ['tel:988'], 'one tap dials 988');
  await tap(page, 'Open my safety plan');
  await h.widget(page, 'My safety plan');
  assert.equal((await h.widget(page, 'Tab Coping tools')).selected, true);
  assert.deepEqual(page.onwardErrors, []);
});

// --- 3. the safety path with storage failing ------------------------------------------------

test('when IndexedDB cannot open, the weekly check is still offered and a safety answer still opens crisis mode', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir());
  await h.breakStorage(ctx);
  await recordLinks(ctx);
  const page = await h.openApp(ctx, server.url);
  assert.match(await value(page, 'Notice'), /could not open your saved journal/);
  await h.click(page, 'Tab Reflect');
  await h.widget(page, WEEKLY);
  await h.click(page, 'Take Weekly coping-or-healing check');
  // Stuck 1+1+1+1 = 4; healing 2+2+2+2 = 8; balance +4.
  const answers = [1, 1, 1, 1, 2, 2, 2, 2];
  await answerAll(page, answers);
  await h.click(page, 'Question 9: Most of the time');
  await inCrisisModeFromCheck(page);
  await h.click(page, 'Call 988');
  assert.deepEqual(await followed(page), ['tel:988']);
  await h.click(page, 'Back to my check');
  assert.equal(await isSelected(page, 'Question 9: Most of the time'), true, 'answers kept');
  assert.equal(await isSelected(page, 'Question 5: Often'), true);
  await h.click(page, 'Save my check');
  await h.until(page, () => drawn(page, STUCK));
  await safetyCardFirst(page);
  const shown = await resultShown(page);
  assert.deepEqual([shown[STUCK], shown[HEALING], shown[BALANCE]], ['4 of 12', '8 of 12', '+4']);
  assert.equal(shown['Answer 9'], 'Most of the time');
  assert.notEqual(await value(page, 'Save status'), 'Saved ✓', 'nothing pretends to be saved');
  await h.click(page, 'Done');
  assert.equal((await rows(page)).length, 1, 'the check is kept in this window');
});

test('when every write fails, a safety answer opens crisis mode, and the saved check shows the lines and says it is not saved', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir());
  await h.fillDisk(ctx);
  const page = await h.openApp(ctx, server.url);
  await h.click(page, 'Tab Reflect');
  await h.click(page, 'Take Weekly coping-or-healing check');
  const answers = [0, 1, 2, 3, 3, 2, 1, 0]; // stuck 6, healing 6, balance 0
  await answerAll(page, answers);
  await h.click(page, 'Question 9: Often');
  await inCrisisModeFromCheck(page);
  await shot(page, 'checks-crisis-mode-desktop');
  await h.click(page, 'Back to my check');
  await h.click(page, 'Save my check');
  await h.until(page, () => drawn(page, 'Not saved yet'));
  const alert = await h.widget(page, 'Not saved yet');
  assert.equal(alert.role, 'alert');
  assert.match(alert.value, /safe in this window, but the browser has not stored/);
  await safetyCardFirst(page);
  assert.ok(alert.y < (await h.widget(page, STUCK)).y);
  const shown = await resultShown(page);
  assert.deepEqual([shown[STUCK], shown[HEALING], shown[BALANCE], shown['Answer 9']], ['6 of 12', '6 of 12', '0', 'Often']);
  assert.equal(checksIn(await h.storedRecords(page)).length, 0, 'the disk really took nothing');
  await shot(page, 'checks-result-disk-full-desktop');

  // Room again: the check reaches the disk as it was.
  await page.evaluate(() => { window.onwardDiskFull = false; });
  await h.until(page, async () => checksIn(await h.storedRecords(page)).length === 1, 30000);
  const stored = checksIn(await h.storedRecords(page));
  assert.equal(stored.length, 1, 'saved once writes work again');
  assert.deepEqual(stored[0].answers, storedAnswers([...answers, 2]));
  await h.until(page, async () => !(await drawn(page, 'Not saved yet')), 10000);
  assert.equal(await drawn(page, 'Not saved yet'), false, 'once stored, the header says so');
  await safetyCardFirst(page);
  await shot(page, 'checks-result-safety-desktop');
});

// --- 4. the due card on Today ---------------------------------------------------------------

const KOLKATA = { ...h.desktop, timezoneId: 'Asia/Kolkata' }; // UTC+05:30: a local day is not a UTC day

test('Today offers the check when it is due by the person\'s own days, "Not now" waits for tomorrow, and an open Today wakes for it', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir(), KOLKATA);
  await movableClock(ctx);
  const page = await openAt(ctx, '2026-11-02T10:00:00+05:30');
  const settingsPlans = async () => (await h.storedRecords(page)).settings?.check_plans;

  // Never taken: due at once.
  assert.match(await value(page, 'Check due'), /^Weekly coping-or-healing check: 9 short questions\./);
  await reveal(page, 'Take the check');
  await shot(page, 'checks-today-card-desktop');
  await h.click(page, 'Not now');
  assert.equal(await drawn(page, 'Check due'), false, '"Not now" puts it away');
  await waitForSaved(page);
  const nextMidnight = at('2026-11-03T00:00:00+05:30');
  assert.deepEqual(await settingsPlans(), [{ questionnaire: 'onward-weekly-check', every_days: -1, snoozed_until_ms: nextMidnight }],
                   'snoozed until the next local midnight');
  await reload(page);
  assert.equal(await drawn(page, 'Check due'), false, 'still away after a reload');

  // Left open just before midnight: it comes back by itself once the day turns.
  const waitsThenWakes = async (dueMs, what) => {
    await moveClockAndReload(page, dueMs - 6 * SECOND);
    assert.equal(await drawn(page, 'Check due'), false, `${what}: not before it is due`);
    assert.ok((await appNow(page)) < dueMs, 'the page was checked before the moment (reload was quick enough)');
    let seenAt = 0;
    await h.until(page, async () => {
      const shown = await drawn(page, 'Check due');
      if (shown && !seenAt) seenAt = await appNow(page);
      return shown;
    }, 20000);
    assert.ok(seenAt, `${what}: the card appears with no input once it falls due`);
    assert.ok(seenAt >= dueMs, `${what}: not a moment early`);
  };
  await waitsThenWakes(nextMidnight, 'after "Not now"');

  // Taken on a Wednesday evening: next due at the start of the next Wednesday, local time.
  await moveClockAndReload(page, at('2026-11-04T20:00:00+05:30'));
  await h.click(page, 'Take the check');
  await h.widget(page, 'Question 1: A little');
  await answerAll(page, [1, 2, 1, 2, 2, 1, 2, 1, 0]);
  await h.click(page, 'Save my check');
  await waitForSaved(page);
  const [taken] = checksIn(await h.storedRecords(page));
  assert.match(taken.taken, /^2026-11-04T20:00:\d\d\.\d{3}\+05:30$/);
  await h.click(page, 'Tab Today');
  assert.equal(await drawn(page, 'Check due'), false, 'not right after taking it');
  await moveClockAndReload(page, at('2026-11-10T18:00:00+05:30'));
  assert.equal(await drawn(page, 'Check due'), false, 'not on the sixth day');
  const weekLater = at('2026-11-11T00:00:00+05:30'); // 2026-11-10T18:30Z: before the UTC day turns
  await waitsThenWakes(weekLater, 'a week after');

  // "Only when I ask": the card goes, for good.
  await h.click(page, 'Tab Reflect');
  assert.equal(await isSelected(page, `${WEEKLY}: Every week`), true);
  await h.click(page, `${WEEKLY}: Only when I ask`);
  assert.equal(await isSelected(page, `${WEEKLY}: Only when I ask`), true);
  assert.equal(await isSelected(page, `${WEEKLY}: Every week`), false);
  await waitForSaved(page);
  assert.deepEqual(await settingsPlans(), [{ questionnaire: 'onward-weekly-check', every_days: 0, snoozed_until_ms: nextMidnight }]);
  await h.click(page, 'Tab Today');
  assert.equal(await drawn(page, 'Check due'), false, 'no card once only asked for');
  await moveClockAndReload(page, at('2027-03-01T09:00:00+05:30'));
  assert.equal(await drawn(page, 'Check due'), false, 'nor months later');
  await h.click(page, 'Tab Reflect');
  assert.equal(await isSelected(page, `${WEEKLY}: Only when I ask`), true, 'the choice is kept');
  await h.click(page, `${WEEKLY}: Every 2 weeks`);
  await waitForSaved(page);
  assert.equal((await settingsPlans())[0].every_days, 14);
  await h.click(page, 'Tab Today');
  assert.equal(await drawn(page, 'Check due'), true, 'offered again once a rhythm is chosen');
  assert.deepEqual(page.onwardErrors, []);
});

// --- 5. changing a check the same day -------------------------------------------------------

test('a check can be changed on the day it was taken, keeping its id and time, and not after', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir(), BERLIN);
  await movableClock(ctx);
  const page = await openAt(ctx, '2026-11-10T09:00:00+01:00');
  await h.click(page, 'Tab Reflect');
  await h.click(page, 'Take Weekly coping-or-healing check');
  const answers = [2, 2, 2, 2, 1, 1, 1, 1, 0]; // stuck 8, healing 4, balance −4
  await answerAll(page, answers);
  await h.click(page, 'Check note');
  await h.type(page, 'Первый вариант');
  await h.click(page, 'Save my check');
  await waitForSaved(page);
  const [before] = checksIn(await h.storedRecords(page));

  await setClock(page, at('2026-11-10T09:02:00+01:00'));
  await h.click(page, 'Change my answers');
  await h.widget(page, 'Save my changes');
  for (let i = 0; i < 9; ++i)
    assert.equal(await isSelected(page, `Question ${i + 1}: ${SCALE[answers[i]]}`), true, `question ${i + 1} holds its answer`);
  assert.equal(await value(page, 'Check note'), 'Первый вариант');
  // Healing 3+1+1+1 = 6; balance 6 − 8 = −2.
  await h.click(page, 'Question 5: Most of the time');
  await h.click(page, 'Save my changes');
  await waitForSaved(page);
  const changed = [2, 2, 2, 2, 3, 1, 1, 1, 0];
  assert.deepEqual(await resultShown(page), {
    [STUCK]: '8 of 12', [HEALING]: '6 of 12', [BALANCE]: `${MINUS}2`, ...answerTexts(changed), 'Check note': 'Первый вариант',
  });
  const records = await h.storedRecords(page);
  const [after] = checksIn(records);
  assert.equal(checksIn(records).length, 1, 'changed, not added');
  assert.equal(after.id, before.id);
  assert.equal(after.taken, before.taken, 'still taken when it was');
  assert.match(after.updated, /^2026-11-10T09:02:\d\d\.\d{3}\+01:00$/, 'updated now');
  assert.deepEqual(after.answers, storedAnswers(changed));
  const { updated: _a, answers: _b, ...restAfter } = after;
  const { updated: _c, answers: _d, ...restBefore } = before;
  assert.deepEqual(restAfter, restBefore);

  const canChangeAt = async (iso) => {
    await moveClockAndReload(page, at(iso));
    await h.click(page, 'Tab Reflect');
    const listed = await rows(page);
    assert.deepEqual(listed.map((r) => r.key), [before.id]);
    await h.click(page, listed[0].label);
    await h.widget(page, 'Done');
    return drawn(page, 'Change my answers');
  };
  assert.equal(await canChangeAt('2026-11-10T23:59:30+01:00'), true, 'late the same evening');
  assert.equal(await canChangeAt('2026-11-11T00:00:30+01:00'), false, 'not the next day');
  assert.equal(await canChangeAt('2026-11-12T09:00:00+01:00'), false);
  assert.deepEqual(checksIn(await h.storedRecords(page)), [after], 'opening it changed nothing');
  assert.deepEqual(page.onwardErrors, []);
});

// --- 6. importing questionnaires --------------------------------------------------------------

// The clinician's questionnaire in docs/questionnaires.md, read from the docs themselves so
// the documented example is what is tried.
function docsExample() {
  const docs = fs.readFileSync(path.join(h.repo, 'docs/questionnaires.md'), 'utf8');
  const m = docs.match(/## Example: a clinician's questionnaire[\s\S]*?```json\n([\s\S]*?)```/);
  assert.ok(m, 'the docs hold the clinician example');
  return m[1];
}

function writeTemp(name, content) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onward-questionnaire-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

const adding = async (page) => {
  const w = (await h.widgets(page)).find((x) => x.label === 'Adding a questionnaire');
  return w && { role: w.role, value: w.value };
};

// Chooses a file through the browser's own picker, and waits for the app's answer.
async function chooseFile(page, file, expected, act = h.click) {
  const chooser = page.waitForEvent('filechooser', { timeout: 10000 });
  await act(page, 'Choose a file');
  await (await chooser).setFiles(file);
  await h.until(page, async () => (await adding(page))?.value === expected.value, 10000);
  assert.deepEqual(await adding(page), expected);
}

// Pastes text into "Questionnaire text" (replacing what it held) and adds it.
async function pasteAndAdd(page, text) {
  await page.evaluate((text) => navigator.clipboard.writeText(text), text);
  await h.click(page, 'Questionnaire text');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
  await h.settle(page);
  await h.until(page, async () => (await value(page, 'Questionnaire text')) === text);
  assert.equal(await value(page, 'Questionnaire text'), text, 'the field holds what was pasted');
  assert.equal(await adding(page), undefined, 'an edit clears the last message');
  await h.click(page, 'Add what I pasted');
  await h.until(page, async () => (await adding(page)) !== undefined);
  return adding(page);
}

const SLEEP = 'Sleep and worry';
const TOTAL = 'Sleep and worry together';
const SLEEP_SCALE = ['Never', 'Rarely', 'Sometimes', 'Often', 'Always'];

test('a clinician\'s questionnaire added through the file chooser is offered, scored with its reversed items and bands, and kept', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir());
  const page = await h.openApp(ctx, server.url);
  const text = docsExample();
  const definition = JSON.parse(text);
  const file = writeTemp('sleep-and-worry.json', text);
  await h.click(page, 'Tab Reflect');
  await chooseFile(page, file, { role: 'status', value: `Added “${SLEEP}”, with 5 questions. You can take it from its card above.` });
  await waitForSaved(page);
  let records = await h.storedRecords(page);
  const record = records['questionnaire-sleep-and-worry-v2'];
  assert.ok(record, 'stored as questionnaire-sleep-and-worry-v2');
  const { added, ...rest } = record;
  assert.deepEqual(rest, { kind: 'questionnaire', v: 1, id: 'questionnaire-sleep-and-worry-v2', definition },
                   'the definition is stored exactly as written');
  assert.match(added, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$/);

  // Its own card, its own rhythm from the definition (every 14 days).
  await h.widget(page, SLEEP);
  assert.equal(await value(page, `${SLEEP} last taken`), 'Not taken yet.');
  assert.equal(await isSelected(page, `${SLEEP}: Every 2 weeks`), true);
  assert.equal(await isSelected(page, `${WEEKLY}: Every week`), true, 'the weekly check keeps its own');

  // The very same file again changes nothing.
  await chooseFile(page, file, { role: 'status', value: `You already have “${SLEEP}”. Nothing changed.` });
  assert.deepEqual(await h.storedRecords(page), records);

  // Taken: "too-tired" left out. Sleep needs all three: too few. Worry: Often 3 + Always
  // reversed 4 − 4 = 0, so 3 of 8. Together: 3 + (4 − 1) + 3 + 0 = 9 over four answers,
  // × 5 ÷ 4 = 11.25, so 11, estimated, in the band "Some" (7 to 13).
  const takeIt = async () => {
    await h.click(page, `Take ${SLEEP}`);
    assert.equal((await h.widgets(page)).filter((w) => w.role === 'heading')[0]?.label, SLEEP);
  };
  await takeIt();
  assert.match(await value(page, 'About this check'), /^From Dr Reyes\./);
  assert.equal(await value(page, 'Question 2'), 'I woke up feeling rested.');
  const first = [3, 1, 3, 4, null];
  for (let i = 0; i < 5; ++i)
    if (first[i] !== null) await h.click(page, `Question ${i + 1}: ${SLEEP_SCALE[first[i]]}`);
  await h.click(page, 'Check note');
  await h.type(page, 'Slept better after the walk — спасибо.');
  await h.click(page, 'Save my check');
  await waitForSaved(page);
  const firstView = {
    Sleep: TOO_FEW, Worry: '3 of 8', [TOTAL]: `11 of 20${ESTIMATED} · Some`,
    'Answer 1': 'Often', 'Answer 2': 'Rarely', 'Answer 3': 'Often', 'Answer 4': 'Always', 'Answer 5': 'Left out',
    'Check note': 'Slept better after the walk — спасибо.',
  };
  assert.deepEqual(await resultShown(page), firstView);
  assert.equal(await drawn(page, 'Safety'), false);
  await shot(page, 'checks-imported-result-desktop');
  records = await h.storedRecords(page);
  const [check] = checksIn(records);
  const { id, taken, updated, ...checkRest } = check;
  assert.deepEqual(checkRest, {
    kind: 'check', v: 1, questionnaire: 'sleep-and-worry', questionnaire_version: 2,
    answers: { 'slow-to-sleep': 3, 'woke-rested': 1, 'worry-spiral': 3, 'set-worry-aside': 4 },
    note: 'Slept better after the walk — спасибо.',
  });
  await h.click(page, 'Done');

  // A second, at the top of the lowest band: sleep 1 + (4 − 3) + 0 = 2; worry 1 + (4 − 1) = 4;
  // together 6, "Low".
  await takeIt();
  const second = [1, 3, 1, 1, 0];
  for (let i = 0; i < 5; ++i) await h.click(page, `Question ${i + 1}: ${SLEEP_SCALE[second[i]]}`);
  await h.click(page, 'Save my check');
  await waitForSaved(page);
  const shown = await resultShown(page);
  assert.deepEqual([shown.Sleep, shown.Worry, shown[TOTAL]], ['2 of 12', '4 of 8', '6 of 20 · Low']);
  const chart = shown[`Recent ${TOTAL}`]; // checked at the end

  // A reload keeps the questionnaire, its card and its checks.
  await reload(page);
  await h.click(page, 'Tab Reflect');
  await h.widget(page, SLEEP);
  assert.equal(await value(page, `${SLEEP} last taken`), 'Last taken today.');
  const listed = await rows(page);
  assert.equal(listed.length, 2);
  const row = listed.find((r) => r.key === id);
  assert.equal(row.value, `${SLEEP} · Sleep ${TOO_FEW} · Worry 3 of 8 · ${TOTAL} 11 of 20${ESTIMATED} · Some`);
  // Both were taken within the same minute, so their rows read alike: the first is the second row.
  await pressNth(page, row.label, listed.filter((r) => r.label === row.label).indexOf(row));
  assert.deepEqual(await resultShown(page), firstView, 'it reads the same after a reload');
  assert.deepEqual(page.onwardErrors, []);
  assert.match(chart, /^\d{1,2} [A-Z][a-z]{2} 11, \d{1,2} [A-Z][a-z]{2} 6$/, 'the second beside the first, day and score');
});

test('broken and clashing definitions, pasted or chosen as files, are each refused with their reason, and nothing is stored', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir());
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await h.openApp(ctx, server.url);
  await h.click(page, 'Tab Reflect');
  const good = JSON.parse(docsExample());
  assert.deepEqual(await pasteAndAdd(page, JSON.stringify(good, null, 2)),
                   { role: 'status', value: `Added “${SLEEP}”, with 5 questions. You can take it from its card above.` });
  assert.equal(await value(page, 'Questionnaire text'), '', 'the field is emptied once added');
  await waitForSaved(page);
  const kept = await h.storedRecords(page);
  const keys = Object.keys(kept).sort();
  assert.deepEqual(keys, ['questionnaire-sleep-and-worry-v2']);
  const headings = async () => (await h.widgets(page)).filter((w) => w.role === 'heading').map((w) => w.label);
  const headingsBefore = await headings();

  const variant = (change) => {
    const d = structuredClone(good);
    change(d);
    return JSON.stringify(d, null, 2);
  };
  const notRead = (why) => ({ role: 'alert', value: `This is not a questionnaire Onward can read: ${why} Nothing was added.` });
  const pasted = [
    ['not JSON', '{\n  "format": "onward-questionnaire",\n  "id": ,\n}',
     notRead('The file is not valid JSON: something is wrong at line 3, column 9.')],
    ['an unknown field', variant((d) => { d.questions[1] = { id: 'woke-rested', text: 'I woke up feeling rested.', revresed: true }; }),
     notRead('question 2: "revresed" is not a field Onward knows; a question has "id", "text", "reversed" and "safety".')],
    ['bands with a gap', variant((d) => { d.scores[2].bands[1].from = 8; }),
     notRead('Score "total": no band covers 7 to 7.')],
    ['overlapping bands', variant((d) => { d.scores[2].bands[0].to = 7; }),
     notRead('Score "total": bands 0–7 and 7–13 overlap.')],
    ['too few labels', variant((d) => { d.scale.labels.pop(); }),
     notRead('The scale has 4 labels but 5 points (0 to 4).')],
    ['a version that is not a whole number', variant((d) => { d.version = 1.5; }),
     notRead('"version" is missing or is not a whole number.')],
    ['a field given twice', JSON.stringify(good, null, 2).replace('"title": "Sleep and worry",', '"title": "Sleep and worry",\n  "title": "Sleep",'),
     notRead('"title" is given twice in one object, and Onward cannot tell which is meant.')],
    ['a newer format', variant((d) => { d.format_version = 2; }),
     notRead('This questionnaire is written for a newer Onward (format version 2); this one reads version 1.')],
    ['the weekly check\'s own id', fs.readFileSync(path.join(h.repo, 'questionnaires/weekly-check.json'), 'utf8'),
     { role: 'alert', value: 'That id belongs to Onward\'s own weekly check. Nothing was added.' }],
    ['the same id and version, changed', variant((d) => { d.title = 'Sleep and worry, revised'; }),
     { role: 'alert', value: `You already have version 2 of "${SLEEP}", and this one differs. A changed questionnaire needs a new version number. Nothing was added.` }],
  ];
  const wrongWords = []; // [what, shown, expected]: told together at the end
  for (const [what, text, expected] of pasted) {
    const message = await pasteAndAdd(page, text);
    assert.equal(message?.role, expected.role, `${what}: refused as an alert (${JSON.stringify(message)})`);
    if (message.value !== expected.value) wrongWords.push([what, message.value, expected.value]);
    assert.deepEqual(Object.keys(await h.storedRecords(page)).sort(), keys, `${what}: no record added`);
  }
  await shot(page, 'checks-import-refused-desktop');

  // As files, through the picker.
  const big = Buffer.from(variant((d) => { d.intro = 'x'.repeat(600 * 1024); }));
  const files = [
    ['not UTF-8', 'latin1.json', Buffer.from(variant((d) => { d.title = 'Caf\u00e9'; }), 'latin1'),
     '“latin1.json” is not a questionnaire Onward can read: The file is not UTF-8 text: the byte at line 6, column 16 is not part of any character. Nothing was added.'],
    ['too big', 'big.json', big,
     `“big.json” is not a questionnaire Onward can read: The file is ${Math.ceil(big.length / 1024)} KB; a questionnaire is at most 512 KB. Nothing was added.`],
    ['nested too deep', 'deep.json', Buffer.from('{"a":'.repeat(5000) + '1' + '}'.repeat(5000)), /levels deep/],
    ['a list, not one object', 'list.json', Buffer.from(JSON.stringify([good])), /object/],
    ['a score naming a missing question', 'missing.json',
     Buffer.from(variant((d) => { d.scores[0].sum.push('no-such-question'); })), /no-such-question/],
  ];
  for (const [what, name, bytes, expected] of files) {
    const file = writeTemp(name, bytes);
    const chooser = page.waitForEvent('filechooser', { timeout: 10000 });
    await h.click(page, 'Choose a file');
    await (await chooser).setFiles(file);
    await h.until(page, async () => (await adding(page))?.value.startsWith(`“${name}”`), 10000);
    const message = await adding(page);
    assert.equal(message?.role, 'alert', `${what}: refused (${JSON.stringify(message)})`);
    if (typeof expected === 'string') {
      if (message.value !== expected) wrongWords.push([what, message.value, expected]);
    } else {
      assert.match(message.value, new RegExp(`^“${name}” is not a questionnaire Onward can read: .+ Nothing was added\\.$`), what);
      assert.match(message.value, expected, what);
    }
    assert.deepEqual(Object.keys(await h.storedRecords(page)).sort(), keys, `${what}: no record added`);
  }

  assert.deepEqual(await h.storedRecords(page), kept, 'every record is exactly as before');
  assert.deepEqual(await headings(), headingsBefore, 'no new card');
  await reload(page);
  await h.click(page, 'Tab Reflect');
  assert.deepEqual(await headings(), headingsBefore, 'nor after a reload');
  assert.deepEqual(page.onwardErrors, []);
  assert.deepEqual(wrongWords, [], 'each refusal says its reason in a whole sentence');
});

// --- 7. how it looks -----------------------------------------------------------------------------

test('on a phone, a questionnaire chosen with a tap is taken one question at a time and scored with its band', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir(), h.phone);
  const page = await h.openApp(ctx, server.url);
  await tap(page, 'Tab Reflect');
  const chooser = page.waitForEvent('filechooser', { timeout: 10000 });
  await tap(page, 'Choose a file');
  await (await chooser).setFiles(writeTemp('sleep-and-worry.json', docsExample()));
  await h.until(page, async () => (await adding(page))?.role === 'status', 10000);
  assert.deepEqual(await adding(page),
                   { role: 'status', value: `Added “${SLEEP}”, with 5 questions. You can take it from its card above.` });
  await tap(page, `Take ${SLEEP}`);
  // Sleep 2 + (4 − 2) + 2 = 6; worry 3 + (4 − 3) = 4; together 10, in "Some".
  const answers = [2, 2, 3, 3, 2];
  for (let i = 0; i < answers.length; ++i) {
    assert.equal((await h.widgets(page)).filter((w) => /^Question \d+$/.test(w.label)).length, 1, 'one question at a time');
    await tap(page, `Question ${i + 1}: ${SLEEP_SCALE[answers[i]]}`);
  }
  assert.equal(await value(page, 'Check note'), '', 'then its own note prompt');
  await tap(page, 'Save my check');
  await h.until(page, () => drawn(page, TOTAL));
  const shown = await resultShown(page);
  assert.deepEqual([shown.Sleep, shown.Worry, shown[TOTAL]], ['6 of 12', '4 of 8', '10 of 20 · Some']);
  await shot(page, 'checks-imported-result-phone');
  await h.until(page, async () => checksIn(await h.storedRecords(page)).length === 1);
  const [stored] = checksIn(await h.storedRecords(page));
  assert.deepEqual(stored.answers, { 'slow-to-sleep': 2, 'woke-rested': 2, 'worry-spiral': 3, 'set-worry-aside': 3, 'too-tired': 2 });
  assert.equal(stored.questionnaire_version, 2);
  assert.deepEqual(page.onwardErrors, []);
});
