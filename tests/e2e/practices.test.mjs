// The practices: breathing with the shader guide (or the still view), grounding, the body
// scan and stay with it, each leaving an entry in the journal, and the app resting after.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as h from './harness.mjs';

let server;
before(async () => { server = await h.startServer(); });
after(() => server.stop());

const practiceRecords = async (page) =>
  Object.values(await h.storedRecords(page)).filter((r) => r.kind === 'practice');

test('a breathing session logs distress before and after as a soothing entry, then the app rests', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir());
  const page = await h.openApp(ctx, server.url);
  await h.click(page, 'Tab Coping tools');
  await h.click(page, 'Breathe with me');
  await h.click(page, '4-7-8 breathing');
  await h.click(page, '1 min');
  await h.click(page, 'Before 7');
  await h.click(page, 'Start breathing', { animating: true });
  assert.match((await h.widget(page, 'Breathing visual')).value, /^Breathe in [1-4]$/);
  await page.waitForTimeout(1500);
  await h.click(page, 'Finish', { animating: true });
  await h.settle(page); // done: no more animation
  await h.click(page, 'After 4');
  await h.until(page, async () => (await practiceRecords(page)).some((r) => r.distress_after === 4));
  const [rec] = await practiceRecords(page);
  assert.equal(rec.practice, 'breathing');
  assert.equal(rec.pattern, '4-7-8');
  assert.deepEqual(rec.action, { name: '4-7-8 breathing', function: 'soothe' });
  assert.equal(rec.distress_before, 7);
  assert.ok(rec.duration_ms >= 1500 && rec.duration_ms < 60000, `duration ${rec.duration_ms}`);

  // Idle again: nothing moves, so nothing is drawn (once the save's own answer, which
  // redraws the status, is in).
  await h.until(page, async () => (await h.widget(page, 'Save status')).value === 'Saved ✓');
  await h.settle(page);
  const frames = await page.evaluate(() => window.onwardTest.frameCount());
  await page.waitForTimeout(1500);
  assert.equal(await page.evaluate(() => window.onwardTest.frameCount()), frames, 'no frames once the practice ended');

  await h.click(page, 'Back to coping tools');
  await h.click(page, 'Tab Today');
  const row = (await h.widgets(page)).find((w) => w.label.startsWith('4-7-8 breathing at'));
  assert.ok(row, 'the session is listed under Today');
  assert.match(row.value, /distress 7 → 4/);
});

test('the breathing guide follows the pattern; paused, it draws nothing', async (t) => {
  for (const [name, device, act] of [['desktop', h.desktop, h.click], ['phone', h.phone, h.tap]]) {
    const ctx = await h.launchFor(t, h.newProfileDir(), device);
    const page = await h.openApp(ctx, server.url);
    await act(page, "I'm overwhelmed");
    await act(page, 'Breathe with me');
    await act(page, 'Box breathing');
    await act(page, 'Start breathing', { animating: true });
    // Mid-inhale: two of the four seconds in.
    await page.waitForFunction(() => {
      const w = window.onwardTest.widgets().find((x) => x.label === 'Breathing visual');
      return w && w.value === 'Breathe in 2';
    }, null, { timeout: 10000 });
    await h.screenshot(page, `breathing-mid-inhale-${name}`);
    // Four seconds later it is holding, at the top of the breath.
    await page.waitForFunction(() => window.onwardTest.widgets().find((x) => x.label === 'Breathing visual')?.value
      .startsWith('Hold'), null, { timeout: 8000 });
    await act(page, 'Pause', { animating: true });
    await h.settle(page);
    const secondsLeft = async () => {
      const [m, s] = (await h.widget(page, 'Session')).value.split(' ')[0].split(':').map(Number);
      return m * 60 + s;
    };
    const left = await secondsLeft();
    const frames = await page.evaluate(() => window.onwardTest.frameCount());
    await page.waitForTimeout(4000);
    assert.equal(await page.evaluate(() => window.onwardTest.frameCount()), frames, `${name}: no frames while paused`);
    await act(page, 'Resume', { animating: true });
    const drift = left - (await secondsLeft());
    assert.ok(drift >= 0 && drift <= 2, `${name}: the clock stood still while paused (${drift} s went by)`);
    await ctx.close();
  }
});

test('the breathing choices, the still view included, are remembered after a restart', async (t) => {
  const profile = h.newProfileDir();
  let ctx = await h.launchFor(t, profile); // closed here, and again (harmlessly) if a check fails
  let page = await h.openApp(ctx, server.url);
  await h.click(page, "I'm overwhelmed");
  await h.click(page, 'Breathe with me');
  await h.click(page, 'Physiological sigh');
  await h.click(page, '5 min');
  await h.click(page, 'Still view');
  await h.until(page, async () => (await h.storedRecords(page)).settings?.still_breathing === true);
  assert.deepEqual((await h.storedRecords(page)).settings,
                   { kind: 'settings', v: 1, id: 'settings', breathing_pattern: 'sigh', breathing_minutes: 5,
                     still_breathing: true, recheck_delay_minutes: 120 });
  await ctx.close();

  ctx = await h.launchFor(t, profile);
  page = await h.openApp(ctx, server.url);
  await h.click(page, "I'm overwhelmed");
  await h.click(page, 'Breathe with me');
  for (const chosen of ['Physiological sigh', '5 min', 'Still view'])
    assert.equal((await h.widget(page, chosen)).selected, true, `${chosen} is chosen again`);
  await h.click(page, 'Start breathing');
  await h.widget(page, 'Breathing guide'); // the still view
});

test('when the system asks for reduced motion, breathing uses the still view', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir(), { ...h.desktop, reducedMotion: 'reduce' });
  const page = await h.openApp(ctx, server.url);
  await h.click(page, "I'm overwhelmed");
  await h.click(page, 'Breathe with me');
  assert.equal((await h.widgets(page)).some((w) => w.label === 'Still view'), false, 'no choice to make: it is still');
  await h.click(page, 'Start breathing');
  const guide = await h.widget(page, 'Breathing guide');
  assert.match(guide.value, /^Breathe in [1-4]$/);
  assert.equal((await h.widgets(page)).some((w) => w.label === 'Breathing visual'), false, 'no moving form');
  await h.screenshot(page, 'breathing-still-desktop');
});

test('grounding keeps the words written, stay with it logs its length and check-ins, a body scan is logged', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir());
  const page = await h.openApp(ctx, server.url);
  await h.click(page, 'Tab Coping tools');
  await h.click(page, 'Ground myself');
  await h.click(page, 'Before 6');
  await h.click(page, 'Start grounding');
  await h.click(page, 'Words');
  await h.type(page, 'lamp, window, mug');
  await h.screenshot(page, 'grounding-desktop');
  for (let i = 0; i < 4; ++i) await h.click(page, 'Next');
  await h.click(page, 'Finish');
  await h.until(page, async () => (await practiceRecords(page)).length === 1);
  const [grounding] = await practiceRecords(page);
  assert.equal(grounding.practice, 'grounding');
  assert.deepEqual(grounding.words, ['lamp, window, mug', '', '', '', '']);
  assert.equal(grounding.distress_before, 6);

  await h.click(page, 'Back to coping tools');
  await h.click(page, 'Stay with it');
  await h.click(page, 'Before 8');
  await h.click(page, 'Start the timer');
  assert.equal((await h.widget(page, 'Time with it')).value, '00:00');
  await h.click(page, 'Now 6');
  await page.waitForFunction(() => window.onwardTest.widgets().find((x) => x.label === 'Time with it')?.value === '00:02',
                             null, { timeout: 6000 });
  await h.screenshot(page, 'stay-with-it-desktop');
  await h.click(page, "I'm done");
  await h.click(page, 'After 5');
  await h.until(page, async () => (await practiceRecords(page)).some((r) => r.distress_after === 5));
  const stay = (await practiceRecords(page)).find((r) => r.practice === 'stay_with_it');
  assert.deepEqual(stay.action, { name: 'Stay with it', function: 'face' });
  assert.equal(stay.during.length, 1);
  assert.equal(stay.during[0].distress, 6);
  assert.ok(stay.duration_ms >= 2000, `stayed ${stay.duration_ms} ms`);

  await h.click(page, 'Back to coping tools');
  await h.click(page, 'Body scan');
  await h.click(page, 'Start the body scan');
  assert.match((await h.widget(page, 'Body scan step')).value, /^Sit or stand/);
  await h.screenshot(page, 'body-scan-desktop');
  await h.click(page, 'Finish');
  await h.until(page, async () => (await practiceRecords(page)).some((r) => r.practice === 'body_scan'));
});
