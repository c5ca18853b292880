// Dates, times and numbers in the person's locale, end to end: the same journal opened in
// an American and in a German browser shows its times on a 12- or 24-hour clock, its dates
// month or day first, and its counts with the locale's own sign between thousands — while
// the words stay English, the only language Onward ships so far.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import * as h from './harness.mjs';

let server;
before(async () => { server = await h.startServer(); });
after(() => server.stop());

const NOW = Date.parse('2026-03-03T18:05:00Z'); // a Tuesday evening
const END_MS = Date.parse('2026-03-02T12:00:00Z'); // the generated journal ends the day before

// Opens `records` in a browser of `locale`, with its clock at NOW in UTC, and saves a
// check-in there.
async function openIn(t, locale, records) {
  const ctx = await h.launchFor(t, h.newProfileDir(), { ...h.desktop, locale, timezoneId: 'UTC' });
  await h.movableClock(ctx);
  const page = await h.openApp(ctx, server.url);
  await h.loadRecords(page, server.url, records);
  await page.goto(server.url);
  await h.setClock(page, NOW);
  await h.reload(page, 90000);
  await h.click(page, 'Distress 4');
  await h.click(page, 'Save check-in');
  await h.waitForSaved(page);
  return page;
}

const rowLabels = async (page, prefix) =>
  (await h.widgets(page)).filter((w) => w.role === 'row' && w.label.startsWith(prefix)).map((w) => w.label);

test('an American browser: month first, a 12-hour clock, "1,501"; a German one: day first, 24 hours, "1.501"',
     async (t) => {
  assert.ok(fs.existsSync(h.journalTool), `${h.journalTool} is built`);
  const records = h.generateJournal(1500, 3, END_MS);

  const us = await openIn(t, 'en-US', records);
  assert.deepEqual(await rowLabels(us, 'Check-in at'), ['Check-in at 6:05 PM'], 'Today lists it on a 12-hour clock');
  await h.click(us, 'Tab Journal');
  assert.equal(await h.value(us, 'Entries found'), '1,501 entries');
  assert.equal((await rowLabels(us, 'Entry '))[0], 'Entry Tue, Mar 3, 2026, 6:05 PM', 'newest first, month first');
  await h.click(us, 'Show calendar');
  assert.equal(await h.value(us, 'Month'), 'March 2026');

  const de = await openIn(t, 'de-DE', records);
  assert.deepEqual(await rowLabels(de, 'Check-in at'), ['Check-in at 18:05'], 'Today lists it on a 24-hour clock');
  await h.click(de, 'Tab Journal');
  assert.equal(await h.value(de, 'Entries found'), '1.501 entries');
  assert.equal((await rowLabels(de, 'Entry '))[0], 'Entry Tue 3 Mar 2026, 18:05', 'newest first, day first');
});

