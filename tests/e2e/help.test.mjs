// "Help now": crisis lines one tap away, from a bar that never scrolls out of reach.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as h from './harness.mjs';

let server;
before(async () => { server = await h.startServer(); });
after(() => server.stop());

// Links the app follows are recorded instead of leaving the page.
const recordLinks = (ctx) => ctx.addInitScript(() => {
  window.followedLinks = [];
  document.addEventListener('click', (e) => {
    if (e.target instanceof HTMLAnchorElement) { window.followedLinks.push(e.target.href); e.preventDefault(); }
  }, true);
});

test('on a phone, Help now stays in reach while scrolling and one more tap dials a crisis line', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir(), h.phone);
  await recordLinks(ctx);
  const page = await h.openApp(ctx, server.url);
  await h.tap(page, 'Save check-in'); // far down the page: scrolls there first
  const help = await h.widget(page, 'Help now');
  assert.ok(help.y >= 0 && help.y + help.h <= 80, `Help now is still at the top (${help.y})`);
  await h.tap(page, 'Help now');
  await h.widget(page, 'If you need someone right now');
  await h.screenshot(page, 'help-now-phone');
  await h.tap(page, 'Call 988');
  await h.tap(page, 'Text 988');
  await h.tap(page, 'Call 116 123');
  assert.deepEqual(await page.evaluate(() => window.followedLinks), ['tel:988', 'sms:988', 'tel:116123']);
  await h.tap(page, 'Back to today');
  await h.widget(page, 'Quick check-in');
});

test('on a desktop, Help now lists every default line and says Onward contacts no one', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir());
  await recordLinks(ctx);
  const page = await h.openApp(ctx, server.url);
  await h.click(page, 'Help now');
  const labels = (await h.widgets(page)).map((w) => w.label);
  for (const call of ['Call 988', 'Text 988', 'Call 116 123', 'Call 13 11 14', 'Call 911', 'Call 112', 'Call 999'])
    assert.ok(labels.includes(call), `${call} is offered`);
  await h.screenshot(page, 'help-now-desktop');
  await h.click(page, 'Call 13 11 14');
  assert.deepEqual(await page.evaluate(() => window.followedLinks), ['tel:131114']);
  // Reachable even while storage is failing: the bar does not depend on it.
  await page.keyboard.press('Escape');
  await h.click(page, 'Back to today');
  assert.equal((await h.widget(page, 'Help now')).role, 'button');
});
