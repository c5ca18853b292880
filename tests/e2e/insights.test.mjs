// Insights, end to end in real Chromium: a generated year of entries whose summary, phase
// and weekly charts must say exactly what the core says natively
// (build/native/journal_tool insights, see tests/tools/README.md); choosing a phase by hand,
// kept across a reload and given back; an empty journal and a first check-in; a phone's
// taps on a chart; and screenshots of each part.
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

const HOUR = 3600000;
const END_MS = 1795000000000; // 2026-11-18 11:06:40 UTC, a Wednesday
const NOW_MS = END_MS + HOUR; // the app's "now": the journal's last day
// Days and weeks are local: the browser lives in Berlin (UTC+1 in November, the generated
// journal's home offset), and the core is asked with that offset.
const TIME_ZONE = 'Europe/Berlin';
const OFFSET = 60;
const desktop = { ...h.desktop, timezoneId: TIME_ZONE };
const phone = { ...h.phone, timezoneId: TIME_ZONE };

const tool = path.join(h.repo, 'build/native/journal_tool');
const insightsOf = (file, nowMs, offset) =>
  JSON.parse(execFileSync(tool, ['insights', file, String(nowMs), String(offset)], { encoding: 'utf8' }));

// A year and ten days of entries (1 500 at about four a day), and the core's insights on them.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onward-insights-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));
const yearFile = path.join(dir, 'year.json');
fs.writeFileSync(yearFile, execFileSync(tool, ['generate', '1500', '7', String(END_MS)], { maxBuffer: 1 << 26 }));
const yearRecords = JSON.parse(fs.readFileSync(yearFile, 'utf8'));
const core = insightsOf(yearFile, NOW_MS, OFFSET);

// --- small helpers ----------------------------------------------------------------------

const { value, reload } = h;
const drawn = async (page, label) => (await h.widgets(page)).some((w) => w.label === label);

// What the screen writes for a number: one decimal where it says something, as
// decimal_text in src/ui/insights_screen.cpp (the numbers here are never negative).
function decimal(v) {
  const tenths = Math.round(Math.abs(v) * 10);
  return String(Math.floor(tenths / 10)) + (tenths % 10 ? `.${tenths % 10}` : '');
}
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const dayMonth = (iso) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]}`;
// A week's column reading, from the core's figures: the newest is the week under way.
const weekWords = (monday, newest, what) => `${newest ? 'This week so far' : `Week of ${dayMonth(monday)}`}: ${what}`;
const copingWords = ([monday, soothe, face, avoid], newest) =>
  weekWords(monday, newest, soothe + face + avoid === 0 ? 'no actions noted' : `${soothe} soothe, ${face} face, ${avoid} avoid`);
const distressWords = ([monday, entries, mean, peak], newest) =>
  weekWords(monday, newest, entries === 0 ? 'no entries'
    : `${entries} ${entries === 1 ? 'entry' : 'entries'}, average ${decimal(mean)}, highest ${peak}`);

// A browser in Berlin time, its clock at `now`, the records in storage before the app
// first opens.
async function openWith(t, device, records, now = NOW_MS) {
  const ctx = await h.launchFor(t, h.newProfileDir(), device);
  await h.movableClock(ctx);
  const loader = ctx.pages()[0] || (await ctx.newPage());
  if (records) await h.loadRecords(loader, server.url, records);
  else await loader.goto(`${server.url}not-the-app`);
  await h.setClock(loader, now);
  const page = await h.openApp(ctx, server.url);
  const offset = await page.evaluate(() => -new Date(Date.now()).getTimezoneOffset());
  assert.equal(offset, OFFSET, 'the browser keeps Berlin time, as the core was asked');
  return { ctx, page };
}

// Scrolls until the top of the widget sits just under the top bar (or as near as the page
// goes), for a screenshot of what follows it; a finger's drags with `touch`.
async function scrollToTop(page, label, { touch = false } = {}) {
  const vp = page.viewportSize();
  let lastY = null;
  for (let i = 0; i < 30; ++i) {
    const all = await h.widgets(page);
    const bar = all.find((w) => w.label === "I'm overwhelmed");
    const w = all.find((x) => x.label === label);
    assert.ok(w, `"${label}" is drawn`);
    const dy = w.y - (bar.y + bar.h + 60);
    if (Math.abs(dy) < 30 || w.y === lastY) return w;
    lastY = w.y;
    if (touch) {
      const step = Math.max(-(vp.height - 300), Math.min(vp.height - 300, dy));
      const from = step > 0 ? vp.height - 150 : 150;
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: vp.width / 2, y: from }] });
      for (let s = 1; s <= 2; ++s)
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: vp.width / 2, y: from - (step * s) / 2 }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await cdp.detach();
    } else {
      await page.mouse.move(vp.width / 2, vp.height / 2);
      await page.mouse.wheel(0, dy);
    }
    await h.settle(page);
  }
  throw new Error(`Could not scroll "${label}" to the top`);
}

async function shot(page, name, label, opts = {}) {
  if (label) await scrollToTop(page, label, opts);
  if (!opts.touch) await page.mouse.move(0, 0);
  await h.settle(page);
  await h.screenshot(page, name);
}

const phaseWords = { crisis: 'Crisis', stabilising: 'Stabilising', ready: 'Ready for healing work' };
const summaryLabels = async (page) =>
  (await h.widgets(page)).filter((w) => w.label.startsWith('Summary ')).map((w) => w.label);

// --- a. a generated year against the core -------------------------------------------------

test('a year of entries: the summary, the phase and the weekly charts say what the core says', async (t) => {
  assert.equal(core.coping_weeks.length, 26, 'the core gives half a year of weeks');
  assert.equal(core.coping_weeks.at(-1)[0], '2026-11-16', 'the newest week is the one under way');
  assert.ok(core.summary.some((l) => l.direction !== 'not-enough'), 'a busy year has lines to compare');
  const { ctx, page } = await openWith(t, desktop, yearRecords);

  // Today's card says where things stand, and leads to the insights.
  assert.ok((await value(page, 'Where things stand')).startsWith(`${core.phase.words}. `));
  await shot(page, 'insights-today-phase-desktop', 'Where things stand');

  await h.click(page, 'Tab Reflect');
  await h.click(page, 'See my insights');
  await h.widget(page, 'Phase');
  await shot(page, 'insights-top-desktop');

  // Each summary line is the core's sentence, exactly, and there is no other.
  assert.deepEqual(await summaryLabels(page), core.summary.map((l) => `Summary ${l.signal}`));
  for (const line of core.summary)
    assert.equal(await value(page, `Summary ${line.signal}`), line.words, `the ${line.signal} line`);

  // The phase: the core's, with its reason; nothing chosen by hand.
  assert.equal(core.phase.chosen, false);
  assert.equal(await value(page, 'Phase'), `${core.phase.words}. ${core.phase.why}`);
  assert.equal((await h.widget(page, 'Let Onward suggest')).selected, true);
  for (const words of Object.values(phaseWords))
    assert.equal((await h.widget(page, `Phase ${words}`)).selected, false, `"${words}" is not chosen`);

  // Coping by week: the newest 26 weeks, each column the core's counts.
  const coping = (await value(page, 'Coping by week')).split('; ');
  assert.equal(coping.length, 26, 'half a year of weeks on a desktop');
  const [, s1, f1, a1] = core.coping_weeks.at(-1);
  const [monday2, s2, f2, a2] = core.coping_weeks.at(-2);
  assert.equal(coping.at(-1), `This week so far: ${s1} soothe, ${f1} face, ${a1} avoid`);
  assert.equal(coping.at(-2), `Week of ${dayMonth(monday2)}: ${s2} soothe, ${f2} face, ${a2} avoid`);
  assert.deepEqual(coping, core.coping_weeks.map((w, i) => copingWords(w, i === 25)), 'every week');
  await shot(page, 'insights-coping-desktop', 'How you coped, week by week');

  // Distress by week: the newest week's entries, average and peak, and every other week.
  const distress = (await value(page, 'Distress by week')).split('; ');
  const [, entries, mean, peak] = core.distress_weeks.at(-1);
  assert.equal(distress.at(-1), `This week so far: ${entries} entries, average ${decimal(mean)}, highest ${peak}`);
  assert.deepEqual(distress, core.distress_weeks.map((w, i) => distressWords(w, i === 25)), 'every week');

  // The year grid: the 365 days that end today (Wednesday 18 Nov in Berlin).
  const year = await value(page, 'Distress by day');
  assert.ok(year.startsWith('From Wed 19 Nov 2025 to Wed 18 Nov 2026. '), `the year's span: ${year.slice(0, 60)}…`);
  assert.ok(year.endsWith(' days without entries.'));

  await shot(page, 'insights-relief-desktop', 'Relief that lasted');
  await shot(page, 'insights-distress-desktop', 'Distress'); // the card's heading
  await shot(page, 'insights-checks-desktop', 'Checks over time');
  assert.deepEqual(page.onwardErrors, [], 'no errors in the console');
  await ctx.close();
});

// --- b. choosing a phase ------------------------------------------------------------------

const settingsOf = async (page) => (await h.storedRecords(page)).settings;

test('a phase chosen by hand is kept, leads Today in a crisis, and "Let Onward suggest" gives it back', async (t) => {
  const { ctx, page } = await openWith(t, desktop, yearRecords);
  assert.notEqual(core.phase.inferred, 'crisis', 'the records alone do not point to a crisis');
  await h.click(page, 'Tab Reflect');
  await h.click(page, 'See my insights');
  await h.click(page, 'Phase Crisis');
  await h.until(page, async () => (await settingsOf(page))?.phase === 'crisis');
  assert.equal((await settingsOf(page))?.phase, 'crisis', 'the choice is stored in the settings record');
  const chosenWords = `Crisis. You chose this. From your records alone, Onward would suggest: ${core.phase.words}. ${core.phase.why}`;
  assert.equal(await value(page, 'Phase'), chosenWords);
  assert.equal((await h.widget(page, 'Phase Crisis')).selected, true);
  assert.equal((await h.widget(page, 'Let Onward suggest')).selected, false);

  // Today: coping comes first.
  const todayLeadsWithCrisis = async (what) => {
    await h.click(page, 'Tab Today');
    assert.match(await value(page, 'Where things stand'), /^Crisis\. Coping comes first right now\./, what);
    const all = await h.widgets(page);
    const card = all.find((w) => w.label === 'Where things stand');
    const checkIn = all.find((w) => w.label === 'Save check-in');
    assert.ok(card.y < checkIn.y, `${what}: the phase card comes before the check-in`);
    assert.ok(all.some((w) => w.label === 'Open coping tools'), `${what}: with a way to the coping tools`);
  };
  await todayLeadsWithCrisis('after choosing');
  await shot(page, 'insights-today-crisis-desktop');

  await reload(page);
  await todayLeadsWithCrisis('after a reload');
  await h.click(page, 'Open coping tools');
  assert.equal(await drawn(page, 'Where things stand'), false, 'the coping tools open');
  await h.click(page, 'Tab Reflect');
  await h.click(page, 'See my insights');
  assert.equal(await value(page, 'Phase'), chosenWords, 'still chosen after a reload');

  await h.click(page, 'Let Onward suggest');
  await h.until(page, async () => (await settingsOf(page))?.phase === undefined);
  const settings = await settingsOf(page);
  assert.ok(!settings || !('phase' in settings), `the choice is gone from storage (${JSON.stringify(settings)})`);
  assert.equal(await value(page, 'Phase'), `${core.phase.words}. ${core.phase.why}`, 'the core\'s own phase again');
  assert.equal((await h.widget(page, 'Let Onward suggest')).selected, true);
  assert.equal((await h.widget(page, 'Phase Crisis')).selected, false);
  await h.click(page, 'Tab Today');
  assert.ok((await value(page, 'Where things stand')).startsWith(`${core.phase.words}. `));
  assert.deepEqual(page.onwardErrors, []);
  await ctx.close();
});

// --- c. an empty journal, then a first check-in -------------------------------------------

test('an empty journal shows what each part will hold; after one check-in every line says not enough data yet', async (t) => {
  const { ctx, page } = await openWith(t, desktop, null, Date.now());
  assert.equal(await drawn(page, 'Where things stand'), false, 'nothing to go by on Today yet');
  await h.click(page, 'Tab Reflect');
  await h.click(page, 'See my insights');
  await h.widget(page, 'Phase');
  assert.match(await value(page, 'Summary'), /^Nothing to compare yet\. As you note how you cope/);
  // (A card's heading is noted under its own words too, so look past it.)
  const nothingYet = async (label) => {
    const values = (await h.widgets(page)).filter((w) => w.label === label).map((w) => w.value);
    assert.ok(values.some((v) => /^Nothing here yet\. /.test(v)), `"${label}" says nothing is here yet: ${JSON.stringify(values)}`);
  };
  for (const label of ['Coping weeks', 'Triggers', 'Relief', 'Distress', 'Staying with it', 'Checks']) await nothingYet(label);
  assert.equal(await drawn(page, 'Coping by week'), false, 'no empty charts');
  assert.equal(await drawn(page, 'Distress by week'), false);
  const emptyFile = path.join(dir, 'empty.json');
  fs.writeFileSync(emptyFile, '[]');
  const empty = insightsOf(emptyFile, Date.now(), OFFSET);
  assert.equal(await value(page, 'Phase'), `${empty.phase.words}. ${empty.phase.why}`);
  await shot(page, 'insights-empty-desktop');

  await h.click(page, 'Tab Today');
  await h.click(page, 'Distress 6');
  await h.click(page, 'Save check-in');
  await h.until(page, async () => Object.values(await h.storedRecords(page)).some((r) => r.kind === 'entry'));
  assert.ok((await value(page, 'Where things stand')).startsWith('Stabilising. '), 'one entry: something to go by');
  await h.click(page, 'See my insights');
  await h.widget(page, 'Phase');

  // The core's answer for what is stored now.
  const stored = await h.storedRecords(page);
  const file = path.join(dir, 'one.json');
  fs.writeFileSync(file, JSON.stringify(Object.entries(stored).map(([key, r]) => ({ key, text: JSON.stringify(r) }))));
  const appNow = await page.evaluate(() => Date.now());
  const one = insightsOf(file, appNow, OFFSET);
  assert.equal(one.summary.length, 6);
  assert.deepEqual(await summaryLabels(page), one.summary.map((l) => `Summary ${l.signal}`));
  for (const line of one.summary) {
    assert.equal(line.direction, 'not-enough');
    const shown = await value(page, `Summary ${line.signal}`);
    assert.equal(shown, line.words, `the ${line.signal} line`);
    assert.match(shown, /not enough data yet/);
  }
  assert.equal(await value(page, 'Distress by week'), 'This week so far: 1 entry, average 6, highest 6');
  assert.match(await value(page, 'Coping weeks'), /^Nothing here yet\./, 'a check-in names no actions');
  await shot(page, 'insights-first-checkin-desktop');
  assert.deepEqual(page.onwardErrors, []);
  await ctx.close();
});

// --- d. on a phone --------------------------------------------------------------------------

test('on a phone, tapping a week of the coping chart reads out its counts, and a second tap puts it away', async (t) => {
  const { ctx, page } = await openWith(t, phone, yearRecords);
  await shot(page, 'insights-today-phase-phone', 'Where things stand', { touch: true });
  await h.tap(page, 'See my insights');
  await h.widget(page, 'Phase');
  await h.settle(page);
  await h.screenshot(page, 'insights-top-phone');
  assert.equal(await value(page, `Summary ${core.summary[0].signal}`), core.summary[0].words);

  const coping = (await value(page, 'Coping by week')).split('; ');
  assert.equal(coping.length, 12, 'a quarter of a year on a phone, so each week is wide enough to tap');
  assert.deepEqual(coping, core.coping_weeks.slice(-12).map((w, i) => copingWords(w, i === 11)));
  assert.equal(await drawn(page, 'Coping by week reading'), false, 'no reading before a tap');

  // The plot's columns share the chart's width less its value axis (a few digits): the
  // k-th column from the right is about (k + ½) columns in from the right edge.
  const chart = await h.reveal(page, 'Coping by week', { touch: true });
  const column = (chart.w - 30) / 12;
  const tapWeek = async (k) => {
    const c = await h.widget(page, 'Coping by week');
    await page.touchscreen.tap(c.x + c.w - column * (k + 0.5), c.y + c.h * 0.6);
    await h.settle(page);
  };
  await tapWeek(0);
  assert.equal(await value(page, 'Coping by week reading'), copingWords(core.coping_weeks.at(-1), true));
  await shot(page, 'insights-coping-phone');
  await tapWeek(3);
  assert.equal(await value(page, 'Coping by week reading'), copingWords(core.coping_weeks.at(-4), false),
               'another week, another reading');
  await tapWeek(3);
  assert.equal(await drawn(page, 'Coping by week reading'), false, 'tapping the same week again puts it away');

  await shot(page, 'insights-relief-phone', 'Relief that lasted', { touch: true });
  await shot(page, 'insights-distress-phone', 'Distress', { touch: true });
  await shot(page, 'insights-checks-phone', 'Checks over time', { touch: true });
  assert.deepEqual(page.onwardErrors, []);
  await ctx.close();
});
