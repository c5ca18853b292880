// Owning the data, end to end in real Chromium: a backup downloaded, everything deleted
// (verified empty), the backup restored through the file chooser into identical records;
// a Daylio export imported with its mood rule, and not twice; and the passphrase: records
// sealed at rest (a raw scan finds no entry's words), a lock screen after a restart that
// refuses a wrong passphrase, keeps the crisis lines one tap away, and opens with the
// right one.
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

const tool = path.join(h.repo, 'build/native/journal_tool');
const NOW = Date.parse('2026-11-20T12:00:00Z');
const generated = () => JSON.parse(execFileSync(tool, ['generate', '120', '11', String(NOW)], { maxBuffer: 1 << 26 }));
const value = async (page, label) => (await h.widget(page, label, { timeout: 15000 })).value;
const tmp = (name, text) => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'onward-data-')), name);
  fs.writeFileSync(file, text);
  return file;
};

async function openData(page) {
  await h.click(page, 'Tab Journal');
  await h.reveal(page, 'Settings');
  await h.click(page, 'Settings');
  await h.reveal(page, 'Open your data');
  await h.click(page, 'Open your data');
  await h.widget(page, 'Download a backup');
}

async function choose(page, button, file) {
  const chooser = page.waitForEvent('filechooser', { timeout: 10000 });
  await h.reveal(page, button);
  await h.click(page, button);
  await (await chooser).setFiles(file);
}

// The raw values IndexedDB holds (strings, or sealed objects spelled out), by key.
const rawStore = h.rawRecords;

test('a backup, then delete everything, then restore: the records come back identical, field by field', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir());
  const page = ctx.pages()[0] || await ctx.newPage();
  await h.loadRecords(page, server.url, generated());
  await h.openApp(ctx, server.url);
  await h.settle(page);
  const before = await h.storedRecords(page);
  assert.ok(Object.keys(before).length > 100, 'the generated journal is there');

  await openData(page);
  // Storage health as the browser tells it, and the reminder: no backup yet, entries from
  // more than 30 days ago.
  assert.match(await value(page, 'Storage used'), /^Using [\d.]+ (KB|MB) of the [\d.]+ (MB|GB) this browser allows\.$/);
  assert.match(await value(page, 'Persistent storage'), /^This browser (has|has not) promised to keep your journal/);
  assert.equal(await value(page, 'Last backup'), 'No backup yet.');
  assert.ok((await h.widgets(page)).some((w) => w.label === 'Backup reminder'), 'the reminder shows');
  const download = page.waitForEvent('download', { timeout: 15000 });
  await h.click(page, 'Download a backup');
  const file = await download;
  assert.match(file.suggestedFilename(), /^onward-backup-\d{4}-\d\d-\d\d\.json$/);
  const backupPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'onward-backup-')), file.suggestedFilename());
  await file.saveAs(backupPath);
  const backup = JSON.parse(fs.readFileSync(backupPath, 'utf8'));
  assert.equal(backup.format, 'onward-backup');
  assert.equal(backup.records.length, Object.keys(before).length, 'every record is in the backup');
  await h.until(page, async () => (await value(page, 'Last backup')).startsWith('Last backup: '));
  assert.ok(!(await h.widgets(page)).some((w) => w.label === 'Backup reminder'), 'a fresh backup ends the reminder');

  // Delete everything: typed confirmation, then an empty store and a clear word.
  await h.reveal(page, 'Delete everything…');
  await h.click(page, 'Delete everything…');
  await h.click(page, 'Type delete everything');
  await h.type(page, 'delete everything');
  await h.reveal(page, 'Delete everything now');
  await h.click(page, 'Delete everything now');
  await page.waitForFunction(() => window.onwardReady === true && performance.getEntriesByType('navigation').length, null,
                             { timeout: 20000 });
  await h.until(page, async () => (await h.widgets(page).catch(() => [])).some((w) => w.label === 'Notice'), 20000);
  assert.match(await value(page, 'Notice'), /^Everything you wrote is gone from this browser\./);
  assert.deepEqual(await h.storedRecords(page), {}, 'nothing is left in IndexedDB');

  // Restore: the preview says what will happen, then every record comes back as it was.
  await openData(page);
  await choose(page, 'Restore a backup', backupPath);
  await h.until(page, async () => (await h.widgets(page)).some((w) => w.label === 'Import plan'), 15000);
  assert.equal(await value(page, 'Import plan'),
               `${Object.keys(before).length} new records will be added, 0 are already here, 0 are different here.`);
  await h.click(page, 'Bring it in');
  await h.until(page, async () => /brought in/.test(await value(page, 'Data message')), 15000);
  const after = await h.storedRecords(page);
  assert.deepEqual(Object.keys(after).sort(), Object.keys(before).sort());
  for (const key of Object.keys(before)) assert.deepEqual(after[key], before[key], key);

  // The same backup again: everything is already here, nothing to bring in.
  await choose(page, 'Restore a backup', backupPath);
  await h.until(page, async () => (await h.widgets(page)).some((w) => w.label === 'Import plan'), 15000);
  assert.equal(await value(page, 'Import plan'),
               `0 new records will be added, ${Object.keys(before).length} are already here, 0 are different here.`);
  assert.deepEqual(page.onwardErrors, []);
});

test('broken and hostile backups are refused with their reason, and IndexedDB stays byte for byte the same', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir());
  const page = ctx.pages()[0] || await ctx.newPage();
  await h.loadRecords(page, server.url, generated().slice(0, 40));
  await h.openApp(ctx, server.url);
  await h.settle(page);
  const before = await rawStore(page);
  await openData(page);
  const cases = [
    ['truncated.json', '{"format":"onward-backup","format_version":1,"made":"2026-11-20T12:00:00.000+01:00","records":[{"kind"'],
    ['not-json.json', 'hello, this is not a backup'],
    ['daylio.csv.json', 'full_date,date,weekday,time,mood,activities,note_title,note\n'],
    ['future.json', '{"format":"onward-backup","format_version":9,"made":"2026-11-20T12:00:00.000+01:00","records":[]}'],
    ['deep.json', '['.repeat(5000) + ']'.repeat(5000)],
    ['duplicate.json', '{"format":"onward-backup","format_version":1,"made":"2026-11-20T12:00:00.000+01:00","records":[' +
      '{"kind":"settings","v":1,"id":"settings"},{"kind":"settings","v":1,"id":"settings"}]}'],
    ['bad-date.json', '{"format":"onward-backup","format_version":1,"made":"2026-13-45T12:00:00.000+01:00","records":[]}'],
    ['wrong-type.json', '{"format":"onward-backup","format_version":"1","made":"2026-11-20T12:00:00.000+01:00","records":[]}'],
    ['big.json', '{"format":"onward-backup","junk":"' + 'x'.repeat(50 * 1024 * 1024) + '"}'],
  ];
  for (const [name, text] of cases) {
    await choose(page, 'Restore a backup', tmp(name, text));
    await h.until(page, async () => (await value(page, 'Data message')).includes(name), 20000);
    const message = await value(page, 'Data message');
    assert.match(message, new RegExp(`^“${name.replace(/\./g, '\\.')}” could not be restored: .+ Nothing was changed\\.$`), message);
    assert.deepEqual(await rawStore(page), before, `${name} changed nothing`);
  }
  assert.deepEqual(page.onwardErrors, []);
});

test('a Daylio export is imported with the mood rule chosen first, and importing it again adds nothing', async (t) => {
  const dir = path.join(h.repo, 'tests/e2e/fixtures/daylio');
  const file = path.join(dir, 'daylio-german.csv');
  const ctx = await h.launchFor(t, h.newProfileDir());
  const page = await h.openApp(ctx, server.url);
  await openData(page);
  await choose(page, 'Import from Daylio', file);
  await h.until(page, async () => (await h.widgets(page)).some((w) => w.label === 'Import plan'), 15000);
  // German moods need a number before anything can be brought in.
  assert.match(await value(page, 'Import problem'), /^Choose a number for /);
  const moods = (await h.widgets(page)).filter((w) => / as 0$/.test(w.label)).map((w) => w.label.slice(0, -5));
  assert.ok(moods.length >= 3, `moods listed: ${moods}`);
  for (const [i, mood] of moods.entries()) {
    await h.reveal(page, `${mood} as ${2 * i}`);
    await h.click(page, `${mood} as ${2 * i}`);
  }
  await h.until(page, async () => !(await h.widgets(page)).some((w) => w.label === 'Import problem'));
  const plan = await value(page, 'Import plan');
  const added = Number(plan.match(/^(\d+) new/)[1]);
  assert.ok(added > 5, plan);
  await h.reveal(page, 'Bring it in');
  await h.click(page, 'Bring it in');
  await h.until(page, async () => /brought in/.test(await value(page, 'Data message')), 15000);
  const entries = Object.values(await h.storedRecords(page)).filter((r) => r.kind === 'entry');
  assert.ok(entries.length > 0 && entries.every((e) => e.id.startsWith('entry-daylio-')));
  // The first mood chosen became distress 0, and every entry has one of the chosen numbers.
  assert.ok(entries.every((e) => moods.some((_, i) => e.distress === 2 * i)));

  await choose(page, 'Import from Daylio', file);
  await h.until(page, async () => (await h.widgets(page)).some((w) => w.label === 'Import plan'), 15000);
  for (const [i, mood] of moods.entries()) {
    await h.reveal(page, `${mood} as ${2 * i}`);
    await h.click(page, `${mood} as ${2 * i}`);
  }
  await h.until(page, async () => /^0 new records/.test(await value(page, 'Import plan')));
  assert.deepEqual(page.onwardErrors, []);
});

test('with a passphrase the records are sealed at rest; after a restart the lock screen refuses a wrong one, keeps the crisis lines, and opens with the right one', async (t) => {
  const profile = h.newProfileDir();
  let ctx = await h.launch(profile);
  let page = ctx.pages()[0] || await ctx.newPage();
  const records = generated().slice(0, 60);
  await h.loadRecords(page, server.url, records);
  await h.openApp(ctx, server.url);
  await h.settle(page);
  const notes = Object.values(await h.storedRecords(page)).filter((r) => r.kind === 'entry' && r.note && r.note.length > 12)
    .map((r) => r.note);
  assert.ok(notes.length > 5);
  const plain = await h.storedRecords(page);

  await openData(page);
  await h.reveal(page, 'Choose a passphrase');
  await h.click(page, 'Choose a passphrase');
  await h.type(page, 'blue kettle morning');
  await h.click(page, 'Passphrase again');
  await h.type(page, 'blue kettle morning');
  await h.reveal(page, 'Turn the passphrase on');
  await h.click(page, 'Turn the passphrase on');
  await h.until(page, async () => /sealed with your passphrase/.test(await value(page, 'Data message')), 30000);
  const raw = await rawStore(page);
  for (const note of notes)
    assert.ok(!Object.values(raw).some((v) => v.includes(note.slice(0, 12))), 'no entry text is readable at rest');
  assert.ok(raw['onward-lock'], 'the lock record is there');
  await ctx.close();

  // A browser restart: locked.
  ctx = await h.launchFor(t, profile);
  page = await h.openApp(ctx, server.url);
  await h.widget(page, 'Unlock');
  assert.ok(!(await h.widgets(page)).some((w) => w.role === 'row'), 'no entry shows while locked');
  await h.widget(page, 'Call 988');
  const sealed = await rawStore(page);
  await h.click(page, 'Passphrase');
  await h.type(page, 'wrong kettle');
  await h.click(page, 'Unlock');
  await h.until(page, async () => (await h.widgets(page)).some((w) => w.label === 'Unlock problem'), 30000);
  assert.equal(await value(page, 'Unlock problem'), 'That passphrase does not open this journal.');
  assert.deepEqual(await rawStore(page), sealed, 'a wrong passphrase changes nothing');
  await h.click(page, 'Passphrase');
  await h.type(page, 'blue kettle morning');
  await h.click(page, 'Unlock');
  await h.until(page, async () => (await h.widgets(page)).some((w) => w.label === 'Tab Today' && w.selected)
                                   && !(await h.widgets(page)).some((w) => w.label === 'Unlock'), 30000);
  // Unlocked, the app reads every record as it was.
  await h.click(page, 'Tab Journal');
  await h.until(page, async () => (await h.widgets(page)).some((w) => w.role === 'row'), 10000);
  assert.deepEqual(page.onwardErrors, []);
  assert.ok(Object.keys(plain).length > 50);
});

test('the CSV export reopens in a CSV parser, one row per entry, formulas kept as text; the summary opens as a page and as Markdown', async (t) => {
  const { parse } = await import('csv-parse/sync');
  const ctx = await h.launchFor(t, h.newProfileDir());
  const page = ctx.pages()[0] || await ctx.newPage();
  const records = generated();
  await h.loadRecords(page, server.url, records);
  await h.openApp(ctx, server.url);
  // One check-in typed here, with text a spreadsheet would run as a formula, a comma, a
  // quote, a line break and accents.
  const note = '=HYPERLINK("x"), "quoted"\nsecond line — café';
  await h.click(page, 'Distress 7');
  await h.click(page, 'Note');
  await page.evaluate((text) => navigator.clipboard.writeText(text), note);
  await page.keyboard.press('Control+V');
  await h.click(page, 'Save check-in');
  await h.until(page, async () => !(await page.evaluate(() => window.onwardTest.unsaved())), 15000);
  const stored = Object.values(await h.storedRecords(page)).filter((r) => r.kind === 'entry' || r.kind === 'checkin');

  await openData(page);
  const download = page.waitForEvent('download', { timeout: 15000 });
  await h.reveal(page, 'Export entries as CSV');
  await h.click(page, 'Export entries as CSV');
  const file = await download;
  assert.match(file.suggestedFilename(), /^onward-entries-\d{4}-\d\d-\d\d\.csv$/);
  const csvPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'onward-csv-')), 'entries.csv');
  await file.saveAs(csvPath);
  const rows = parse(fs.readFileSync(csvPath), { bom: true, columns: true });
  assert.equal(rows.length, stored.length, 'one row per entry');
  const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
  for (const e of stored) {
    assert.equal(byId[e.id].distress, String(e.distress), `${e.id} distress`);
    assert.equal(byId[e.id].created, e.created, `${e.id} created`);
  }
  const mine = rows.find((r) => r.note.includes('HYPERLINK'));
  assert.equal(mine.note, `'${note}`, 'the formula is kept as text, with everything else exact');

  // The summary: a new tab with the page, and the same as Markdown.
  await h.reveal(page, 'Make a summary');
  await h.click(page, 'Make a summary');
  await h.click(page, 'Summary of A year');
  const popup = ctx.waitForEvent('page', { timeout: 15000 });
  await h.click(page, 'Open the page to print');
  const summary = await popup;
  await summary.waitForLoadState();
  assert.match(await summary.title(), /Onward summary/);
  const heading = await summary.locator('h1').innerText();
  assert.match(heading, /^My Onward summary: /);
  const styled = await summary.evaluate(() => getComputedStyle(document.body).maxWidth);
  assert.notEqual(styled, 'none', 'the summary stylesheet applies');
  const md = page.waitForEvent('download', { timeout: 15000 });
  await h.click(page, 'Download as Markdown');
  const mdFile = await md;
  const mdPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'onward-md-')), 'summary.md');
  await mdFile.saveAs(mdPath);
  assert.match(fs.readFileSync(mdPath, 'utf8'), /^# My Onward summary: /);
  assert.deepEqual(page.onwardErrors, []);
});

test('restoring into a journal that changed since: new records added, one different version kept beside the newer one, nothing overwritten', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir());
  const page = ctx.pages()[0] || await ctx.newPage();
  const records = generated().slice(0, 50);
  await h.loadRecords(page, server.url, records);
  await h.openApp(ctx, server.url);
  await h.settle(page);
  const here = await h.storedRecords(page);
  const entries = Object.values(here).filter((r) => r.kind === 'entry').sort((a, b) => a.id.localeCompare(b.id));
  // The backup: what is here, one entry changed later elsewhere (newer), one changed
  // earlier (older than ours), and one entry this browser never had.
  const newer = { ...entries[0], note: 'Changed on my phone, later.', updated: '2026-11-25T09:00:00.000+01:00' };
  const older = { ...entries[1], note: 'An old version.', created: '2000-01-01T00:00:00.000+01:00',
                  updated: '2000-01-01T00:00:00.000+01:00' };
  const extra = { ...entries[2], id: 'entry-from-elsewhere', note: 'Written on another device.' };
  const backup = { format: 'onward-backup', format_version: 1, made: '2026-11-25T10:00:00.000+01:00',
                   records: [...Object.values(here).filter((r) => r.id !== newer.id && r.id !== older.id), newer, older, extra] };
  const file = tmp('onward-backup-2026-11-25.json', JSON.stringify(backup));
  await openData(page);
  await choose(page, 'Restore a backup', file);
  await h.until(page, async () => (await h.widgets(page)).some((w) => w.label === 'Import plan' || w.label === 'Data message'), 15000);
  assert.ok(!(await h.widgets(page)).some((w) => w.label === 'Data message'), await value(page, 'Data message').catch(() => ''));
  const total = Object.keys(here).length;
  assert.equal(await value(page, 'Import plan'),
               `1 new record will be added, ${total - 2} are already here, 2 are different here.`);
  const conflicts = (await h.widgets(page)).filter((w) => w.label === 'Import conflict').map((w) => w.value);
  assert.deepEqual(conflicts.sort(), [`An entry (${newer.id}): the backup's newer version is shown; the other is kept.`,
                                      `An entry (${older.id}): yours is shown; the other is kept.`].sort());
  await h.reveal(page, 'Bring it in');
  await h.click(page, 'Bring it in');
  await h.until(page, async () => /brought in/.test(await value(page, 'Data message')), 15000);
  const after = await h.storedRecords(page);
  assert.deepEqual(after[newer.id], newer, 'the newer version is shown');
  assert.deepEqual(after[older.id], here[older.id], 'ours, newer, stays');
  assert.deepEqual(after['entry-from-elsewhere'], extra);
  const kept = Object.values(after).filter((r) => r.kind === 'kept-version');
  assert.deepEqual(kept.map((k) => [k.of, k.record]).sort(), [[newer.id, here[newer.id]], [older.id, older]].sort(),
                   'both other versions are kept whole');
  for (const [key, r] of Object.entries(here))
    if (key !== newer.id) assert.deepEqual(after[key], r, `${key} is untouched`);
  assert.equal(await value(page, 'Kept versions'), '2 earlier versions are kept from restores, in your backups too.');
  // The journal shows the newer note at once.
  await h.click(page, 'Tab Journal');
  await h.click(page, 'Search');
  await h.type(page, 'Changed on my phone');
  await h.until(page, async () => (await h.widgets(page)).filter((w) => w.role === 'row').length === 1);
  assert.deepEqual(page.onwardErrors, []);
});

test('an English Daylio export comes in with its default moods, activities as actions and notes kept; a broken one is refused', async (t) => {
  const file = path.join(h.repo, 'tests/e2e/fixtures/daylio/daylio-english.csv');
  // In Berlin: March rows before the clocks change are +01:00, April's after it +02:00.
  const ctx = await h.launchFor(t, h.newProfileDir(), { ...h.desktop, timezoneId: 'Europe/Berlin' });
  const page = await h.openApp(ctx, server.url);
  await openData(page);
  const before = await rawStore(page);
  await choose(page, 'Import from Daylio', tmp('broken.csv', 'full_date,time,mood\n2024-03-01,"8:00 pm,good\n'));
  await h.until(page, async () => /broken\.csv/.test(await value(page, 'Data message')), 15000);
  assert.match(await value(page, 'Data message'), /^“broken\.csv” could not be imported: Row 2: .+ Nothing was changed\.$/);
  assert.deepEqual(await rawStore(page), before);

  await choose(page, 'Import from Daylio', file);
  await h.until(page, async () => (await h.widgets(page)).some((w) => w.label === 'Import plan'), 15000);
  // The rule as shown: rad 1, good 3, meh 5, bad 7, awful 9.
  for (const [mood, d] of [['rad', 1], ['good', 3], ['meh', 5], ['bad', 7], ['awful', 9]])
    assert.equal((await h.widget(page, `${mood} as ${d}`)).selected, true, `${mood} as ${d}`);
  // "alcohol" usually avoided: chosen by the person before importing.
  await h.reveal(page, 'alcohol: Avoid');
  await h.click(page, 'alcohol: Avoid');
  await h.reveal(page, 'Bring it in');
  await h.click(page, 'Bring it in');
  await h.until(page, async () => /brought in/.test(await value(page, 'Data message')), 15000);
  const stored = Object.values(await h.storedRecords(page));
  const entries = stored.filter((r) => r.kind === 'entry');
  assert.equal(entries.length, 13);
  const deadline = entries.find((e) => e.note.includes('Deadline moved'));
  assert.equal(deadline.note, 'Bad day\n\nDeadline moved again and I felt trapped.\nHad two glasses of wine to stop thinking about it.');
  assert.equal(deadline.distress, 9);
  const names = Object.fromEntries(stored.filter((r) => r.kind === 'library').map((r) => [r.id, r.name]));
  assert.deepEqual(deadline.actions.map((a) => [names[a.action], a.function]), [['work', 'soothe'], ['alcohol', 'avoid']]);
  const walk = entries.find((e) => e.note.includes('river with Sam'));
  assert.equal(walk.note, 'Long walk by the river with Sam, then we made soup together.');
  assert.equal(walk.created, '2024-03-16T11:15:00.000+01:00');
  assert.equal(entries.find((e) => e.note === 'First week of summer time.').created, '2024-04-02T08:30:00.000+02:00');
  assert.deepEqual(page.onwardErrors, []);
});

test('a sealed backup needs its passphrase: a wrong one is refused, the right one opens it; the journal passphrase can be changed and turned off', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir());
  const page = ctx.pages()[0] || await ctx.newPage();
  await h.loadRecords(page, server.url, generated().slice(0, 30));
  await h.openApp(ctx, server.url);
  await h.settle(page);
  const before = await h.storedRecords(page);
  await openData(page);
  await h.click(page, 'Seal the backup');
  await h.click(page, 'Backup passphrase');
  await h.type(page, 'river stones 42');
  const download = page.waitForEvent('download', { timeout: 30000 });
  await h.click(page, 'Download a backup');
  const saved = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'onward-sealed-')), 'sealed.json');
  await (await download).saveAs(saved);
  const text = fs.readFileSync(saved, 'utf8');
  const sealed = JSON.parse(text);
  assert.deepEqual(Object.keys(sealed).sort(), ['encrypted', 'format', 'format_version']);
  assert.equal(sealed.encrypted.iterations, 600000);
  for (const r of Object.values(before).filter((r) => r.note)) assert.ok(!text.includes(r.note), 'no note readable');

  await choose(page, 'Restore a backup', saved);
  await h.widget(page, 'Open the backup', { timeout: 15000 });
  await h.click(page, 'Backup passphrase');
  await h.type(page, 'river stones 41');
  await h.click(page, 'Open the backup');
  await h.until(page, async () => (await h.widgets(page)).some((w) => w.label === 'Import problem'), 30000);
  assert.equal(await value(page, 'Import problem'), 'That passphrase does not open this backup.');
  await h.click(page, 'Backup passphrase');
  await h.type(page, 'river stones 42');
  await h.click(page, 'Open the backup');
  await h.until(page, async () => (await h.widgets(page)).some((w) => w.label === 'Import plan'), 30000);
  assert.equal(await value(page, 'Import plan'),
               `0 new records will be added, ${Object.keys(before).length} are already here, 0 are different here.`);
  await h.click(page, 'Cancel the import');

  // The journal's own passphrase: on, changed, off; each time every record reads the same.
  const setPassphrase = async (field, phrase, button, done) => {
    await h.reveal(page, field);
    await h.click(page, field);
    await h.type(page, phrase);
    await h.click(page, 'Passphrase again');
    await h.type(page, phrase);
    await h.reveal(page, button);
    await h.click(page, button);
    await h.until(page, async () => done.test(await value(page, 'Data message')), 30000);
  };
  await setPassphrase('Choose a passphrase', 'first phrase here', 'Turn the passphrase on', /sealed with your passphrase/);
  const lockOne = (await rawStore(page))['onward-lock'];
  await setPassphrase('New passphrase', 'second phrase here', 'Change the passphrase', /sealed with your passphrase/);
  assert.notEqual((await rawStore(page))['onward-lock'], lockOne, 'a new salt and check value');
  await page.reload();
  await page.waitForFunction(() => window.onwardReady === true);
  await h.click(page, 'Passphrase');
  await h.type(page, 'first phrase here');
  await h.click(page, 'Unlock');
  await h.until(page, async () => (await h.widgets(page)).some((w) => w.label === 'Unlock problem'), 30000);
  await h.click(page, 'Passphrase');
  await h.type(page, 'second phrase here');
  await h.click(page, 'Unlock');
  await h.until(page, async () => !(await h.widgets(page)).some((w) => w.label === 'Unlock'), 30000);
  await openData(page);
  await h.reveal(page, 'Turn the passphrase off');
  await h.click(page, 'Turn the passphrase off');
  await h.until(page, async () => /passphrase is off/.test(await value(page, 'Data message')), 30000);
  const raw = await rawStore(page);
  assert.equal(raw['onward-lock'], undefined);
  const plain = await h.storedRecords(page);
  // (The settings now also hold when the backup was made.)
  for (const [key, r] of Object.entries(before)) if (key !== 'settings') assert.deepEqual(plain[key], r, key);
  assert.deepEqual(page.onwardErrors, []);
});

test('left alone for its chosen time, a journal with a passphrase locks itself, and says so', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir());
  await h.movableClock(ctx);
  const page = await h.openApp(ctx, server.url);
  await h.click(page, 'Distress 4');
  await h.click(page, 'Save check-in');
  await openData(page);
  await h.reveal(page, 'Choose a passphrase');
  await h.click(page, 'Choose a passphrase');
  await h.type(page, 'quiet harbour');
  await h.click(page, 'Passphrase again');
  await h.type(page, 'quiet harbour');
  await h.reveal(page, 'Turn the passphrase on');
  await h.click(page, 'Turn the passphrase on');
  await h.until(page, async () => /sealed with your passphrase/.test(await value(page, 'Data message')), 30000);
  assert.equal((await h.widget(page, 'Lock after 15 min')).selected, true, 'after 15 minutes unless chosen');
  // 14 minutes alone: still open. 16: locked, from a timer, with no input at all.
  const start = await page.evaluate(() => Date.now());
  await h.setClock(page, start + 14 * 60000);
  await page.evaluate(() => { Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
                              document.dispatchEvent(new Event('visibilitychange')); });
  await page.waitForTimeout(500);
  await page.evaluate(() => { Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
                              document.dispatchEvent(new Event('visibilitychange')); });
  await h.settle(page);
  assert.ok((await h.widgets(page)).some((w) => w.label === 'Turn the passphrase off'), 'still open at 14 minutes');
  await h.setClock(page, start + 16 * 60000);
  const reloaded = page.waitForEvent('load', { timeout: 15000 });
  await page.evaluate(() => { Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
                              document.dispatchEvent(new Event('visibilitychange')); });
  await reloaded;
  await page.waitForFunction(() => window.onwardReady === true, null, { timeout: 20000 });
  await h.widget(page, 'Unlock');
  assert.equal(await value(page, 'Notice'), 'Onward locked itself after 15 minutes without use.');
});

test('in Safari, Today says once that Safari may erase site data, until the person says they understand', async (t) => {
  const safari = { ...h.desktop, userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 ' +
                   '(KHTML, like Gecko) Version/17.5 Safari/605.1.15' };
  const ctx = await h.launchFor(t, h.newProfileDir(), safari);
  const page = await h.openApp(ctx, server.url);
  await h.reveal(page, 'Keeping your journal safe');
  assert.match(await value(page, 'Keeping your journal safe'), /^Safari may erase what a site keeps after 7 days without a visit\./);
  await h.reveal(page, 'Open your data from Today');
  await h.click(page, 'Open your data from Today');
  await h.reveal(page, 'Safari understood');
  await h.click(page, 'Safari understood');
  await h.until(page, async () => (await h.storedRecords(page)).settings?.safari_told === true);
  await h.click(page, 'Tab Today');
  assert.ok(!(await h.widgets(page)).some((w) => w.label === 'Keeping your journal safe'), 'told once');
});
