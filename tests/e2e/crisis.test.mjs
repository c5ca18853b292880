// Crisis mode: one tap away from every screen, the safety plan first, editable crisis
// lines that dial what was typed, and all of it working when storage does not.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as h from './harness.mjs';

let server;
before(async () => { server = await h.startServer(); });
after(() => server.stop());

const { recordLinks, followed, inCrisisMode } = h;

test('from every screen, one click on "I\'m overwhelmed" opens crisis mode', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir());
  const page = await h.openApp(ctx, server.url);
  // Each way of getting somewhere, and the screen's own mark that we arrived.
  const screens = [
    ['Today', async () => {}, 'Quick check-in'],
    ['Safety plan', () => h.click(page, 'Tab Safety plan'), 'Warning signs'],
    ['Breathing', async () => { await h.click(page, 'Tab Coping tools'); await h.click(page, 'Breathe with me'); },
     'Start breathing'],
    ['Breathing, running', async () => {
      await h.click(page, 'Breathe with me');
      await h.click(page, 'Start breathing', { animating: true });
    }, 'Breathing visual'],
    ['Grounding', async () => { await h.click(page, 'Tab Coping tools'); await h.click(page, 'Ground myself'); },
     'Start grounding'],
    ['Body scan', async () => { await h.click(page, 'Tab Coping tools'); await h.click(page, 'Body scan'); },
     'Start the body scan'],
    ['Stay with it, running', async () => {
      await h.click(page, 'Tab Coping tools'); await h.click(page, 'Stay with it');
      await h.click(page, 'Start the timer');
    }, 'Time with it'],
    ['Crisis lines', async () => { await h.click(page, 'Tab Coping tools'); await h.click(page, 'Edit crisis lines'); },
     'Add a line'],
  ];
  for (const [name, go, mark] of screens) {
    await go();
    await h.widget(page, mark);
    const animating = name.endsWith('running');
    await h.click(page, "I'm overwhelmed", { animating: name === 'Breathing, running' });
    if (animating) await h.settle(page);
    await inCrisisMode(page).catch((e) => { throw new Error(`from ${name}: ${e.message}`); });
    if (name === 'Breathing, running') { // back to it: the practice went on meanwhile
      await h.click(page, 'Breathe with me', { animating: true });
      await h.widget(page, 'Breathing visual');
      await h.click(page, 'Finish', { animating: true });
      await h.settle(page);
    }
  }
  assert.deepEqual(page.onwardErrors, []);
});

test('the keyboard reaches "I\'m overwhelmed" with Tab, and Enter opens crisis mode', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir());
  const page = await h.openApp(ctx, server.url);
  await page.focus('#canvas');
  for (let i = 0; i < 80 && !(await h.widget(page, "I'm overwhelmed")).focused; ++i) {
    await page.keyboard.press('Tab');
    await h.settle(page);
  }
  assert.ok((await h.widget(page, "I'm overwhelmed")).focused, 'Tab reaches the button');
  await page.keyboard.press('Enter');
  await h.settle(page);
  await inCrisisMode(page);
});

test('on a phone, one tap opens crisis mode, and one more tap dials a crisis line', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir(), h.phone);
  await recordLinks(ctx);
  const page = await h.openApp(ctx, server.url);
  await h.tap(page, 'Save check-in'); // far down the page: scrolls there first
  const button = await h.widget(page, "I'm overwhelmed");
  assert.ok(button.y >= 0 && button.y + button.h <= 80, `the button is still at the top (${button.y})`);
  await h.tap(page, "I'm overwhelmed");
  await inCrisisMode(page);
  await h.screenshot(page, 'crisis-mode-phone');
  await h.tap(page, 'Call or text someone now');
  await h.tap(page, 'Call 988');
  await h.tap(page, 'Text 988');
  await h.tap(page, 'Call 116 123');
  assert.deepEqual(await followed(page), ['tel:988', 'sms:988', 'tel:116123']);
  await h.tap(page, 'Tab Today');
  await h.widget(page, 'Quick check-in');
});

test('the safety plan is saved as it is typed, survives a reload, and is shown first in crisis mode', async (t) => {
  const profile = h.newProfileDir();
  let ctx = await h.launch(profile);
  let page = await h.openApp(ctx, server.url);
  await h.click(page, "I'm overwhelmed");
  await h.widget(page, 'Write my safety plan'); // no plan yet: offered, not shown
  await h.click(page, 'Write my safety plan');
  await h.click(page, 'Warning signs');
  await h.type(page, 'Not sleeping; pulling away from everyone.');
  await h.click(page, 'What I live for');
  await h.type(page, 'My sister, and the sea — ещё.');
  await h.click(page, 'Add a person');
  await h.click(page, 'Contact name 1');
  await h.type(page, 'Sam');
  await h.click(page, 'Contact number 1');
  await h.type(page, '+1 (555) 010-0199');
  await h.screenshot(page, 'safety-plan-desktop');
  await h.until(page, async () => (await h.storedRecords(page))['safety-plan']?.contacts?.[0]?.number === '+1 (555) 010-0199');
  const stored = (await h.storedRecords(page))['safety-plan'];
  assert.equal(stored.sections.warning_signs, 'Not sleeping; pulling away from everyone.');
  assert.equal(stored.sections.live_for, 'My sister, and the sea — ещё.');
  assert.deepEqual(stored.contacts, [{ section: 'ask_for_help', name: 'Sam', number: '+1 (555) 010-0199' }]);
  await ctx.close();

  ctx = await h.launchFor(t, profile);
  await recordLinks(ctx);
  page = await h.openApp(ctx, server.url);
  await h.click(page, "I'm overwhelmed");
  await inCrisisMode(page);
  assert.equal((await h.widget(page, 'Warning signs')).value, 'Not sleeping; pulling away from everyone.');
  assert.equal((await h.widget(page, 'What I live for')).value, 'My sister, and the sea — ещё.');
  await h.screenshot(page, 'crisis-mode-desktop');
  await h.click(page, 'Call Sam');
  assert.deepEqual(await followed(page), ['tel:+15550100199']);
});

test('crisis mode, its lines and the practices work when IndexedDB cannot open', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir());
  await h.breakStorage(ctx);
  await recordLinks(ctx);
  const page = await h.openApp(ctx, server.url);
  assert.match((await h.widget(page, 'Notice')).value, /could not open your saved journal/);
  await h.click(page, "I'm overwhelmed");
  await inCrisisMode(page);
  await h.click(page, 'Call 988');
  assert.deepEqual(await followed(page), ['tel:988']);
  await h.click(page, 'Ground myself');
  await h.click(page, 'Start grounding');
  for (let i = 0; i < 4; ++i) await h.click(page, 'Next');
  await h.click(page, 'Finish');
  await h.click(page, 'After 2');
  await h.widget(page, 'Once more');
  await h.click(page, 'Tab Today');
  assert.ok((await h.widgets(page)).some((w) => w.label.startsWith('Grounding 5-4-3-2-1 at')),
            'the session is kept in this window');
});

test('crisis lines can be edited, survive a reload, and dial what was typed', async (t) => {
  const profile = h.newProfileDir();
  let ctx = await h.launch(profile);
  let page = await h.openApp(ctx, server.url);
  await h.click(page, "I'm overwhelmed");
  await h.click(page, 'Edit crisis lines');
  await h.click(page, 'Add a line');
  await h.click(page, 'Where 8');
  await h.type(page, 'Germany');
  await h.click(page, 'Name 8');
  await h.type(page, 'TelefonSeelsorge');
  await h.click(page, 'Number 8');
  await h.type(page, '0800 111 0 111');
  await h.click(page, 'Remove line 2'); // Samaritans
  await h.until(page, async () => (await h.storedRecords(page))['crisis-lines']?.lines?.[6]?.number === '0800 111 0 111');
  await h.click(page, 'Done');
  await ctx.close();

  ctx = await h.launchFor(t, profile);
  await recordLinks(ctx);
  page = await h.openApp(ctx, server.url);
  await h.click(page, "I'm overwhelmed");
  const labels = (await h.widgets(page)).map((w) => w.label);
  assert.ok(labels.includes('Call 0800 111 0 111'), 'the new line is offered');
  assert.ok(!labels.includes('Call 116 123'), 'the removed line is gone');
  await h.click(page, 'Call 0800 111 0 111');
  assert.deepEqual(await followed(page), ['tel:08001110111']);
});

test('when the app cannot start, the plain page lists the person\'s own crisis lines', async (t) => {
  const profile = h.newProfileDir();
  const ctx = await h.launch(profile);
  const page = await h.openApp(ctx, server.url);
  await h.click(page, "I'm overwhelmed");
  await h.click(page, 'Edit crisis lines');
  await h.click(page, 'Where 1');
  await page.keyboard.press('Control+A');
  await h.type(page, 'Here <b>at home</b>');
  await h.click(page, 'Number 1');
  await page.keyboard.press('Control+A');
  await h.type(page, '+44 (0)20 7946 0000');
  await h.until(page, async () => (await h.storedRecords(page))['crisis-lines']?.lines?.[0]?.number === '+44 (0)20 7946 0000');
  await ctx.close();

  const broken = await h.launchFor(t, profile, { ...h.desktop, args: [...h.chromiumArgs, '--disable-3d-apis'] });
  const plain = broken.pages()[0];
  await plain.goto(server.url);
  await plain.waitForSelector('#fallback:not([hidden])', { timeout: 20000 });
  await plain.waitForSelector('a[href="tel:+442079460000"]', { timeout: 5000 });
  const text = await plain.textContent('#fallback-lines');
  assert.match(text, /Here <b>at home<\/b>: 988 Suicide & Crisis Lifeline \+44 \(0\)20 7946 0000 \(call or text\)/);
  assert.match(text, /Samaritans 116 123/, 'the other lines are listed too');
});

test('a saved safety plan this version cannot read is never overwritten; the lines still work', async (t) => {
  const profile = h.newProfileDir();
  let ctx = await h.launch(profile);
  let page = await h.openApp(ctx, server.url);
  // A plan as a future Onward might write it, with a section this one does not know how to read.
  const future = JSON.stringify({ kind: 'safety_plan', v: 1, id: 'safety-plan', updated: '2026-11-25T18:04:05.000+01:00',
                                  sections: { warning_signs: ['a list', 'not text'] } });
  await page.evaluate((text) => new Promise((resolve, reject) => {
    const req = indexedDB.open('onward');
    req.onsuccess = () => {
      const tx = req.result.transaction('records', 'readwrite');
      tx.objectStore('records').put(text, 'safety-plan');
      tx.oncomplete = () => { req.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), future);
  await ctx.close();

  ctx = await h.launchFor(t, profile);
  page = await h.openApp(ctx, server.url);
  assert.match((await h.widget(page, 'Notice')).value, /1 saved record could not be read/);
  await h.click(page, "I'm overwhelmed");
  await inCrisisMode(page);
  assert.equal((await h.widgets(page)).some((w) => /safety plan/.test(w.label) && w.role === 'button'), false,
               'no way to write over it from crisis mode');
  await h.click(page, 'Tab Safety plan');
  assert.match((await h.widget(page, 'Why the plan cannot be changed')).value, /left exactly as it is/);
  assert.equal((await h.widgets(page)).some((w) => w.role === 'text-field'), false, 'nothing to type into');
  assert.equal(JSON.stringify((await h.storedRecords(page))['safety-plan']), future, 'the stored plan is untouched');
});
