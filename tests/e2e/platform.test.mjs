// The platform edge in real Chromium: frames only when something happens, keyboard
// navigation, the system clipboard, crisp pixels at any ratio, and a plain-HTML page with
// crisis lines when the app cannot start at all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import * as h from './harness.mjs';

let server;
before(async () => { server = await h.startServer(); });
after(() => server.stop());

test('idle for 3 s draws no frames; input draws a few and stops; hidden draws none', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir());
  const page = await h.openApp(ctx, server.url);
  await page.waitForTimeout(500);
  const start = await page.evaluate(() => window.onwardTest.frameCount());
  await page.waitForTimeout(3000);
  assert.equal(await page.evaluate(() => window.onwardTest.frameCount()), start, 'no frames while idle');
  await page.mouse.move(400, 300);
  await page.waitForTimeout(300);
  const afterMove = await page.evaluate(() => window.onwardTest.frameCount());
  assert.ok(afterMove > start && afterMove <= start + 10, `a mouse move drew ${afterMove - start} frames`);
  await page.waitForTimeout(1000);
  assert.equal(await page.evaluate(() => window.onwardTest.frameCount()), afterMove, 'and then stopped');

  // Hidden (another tab in front, the phone locked): input draws nothing until visible again.
  const setHidden = (hidden) => page.evaluate((v) => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => v });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
  await setHidden(true);
  await page.mouse.move(500, 400);
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => window.onwardTest.frameCount()), afterMove, 'no frames while hidden');
  await setHidden(false);
  const frames = () => page.evaluate(() => window.onwardTest.frameCount());
  await h.until(page, async () => (await frames()) > afterMove);
  assert.ok((await frames()) > afterMove, 'drawn again once visible');
  await ctx.close();
});

test('keyboard alone: Tab moves focus, Space chooses, Tab reaches Save and Enter saves', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir());
  const page = await h.openApp(ctx, server.url);
  await page.focus('#canvas');
  const focused = async () => (await h.widgets(page)).find((w) => w.focused)?.label;
  let steps = 0;
  while ((await focused()) !== 'Distress 3' && steps++ < 20) { await page.keyboard.press('Tab'); await h.settle(page); }
  assert.equal(await focused(), 'Distress 3');
  await page.keyboard.press('Space');
  await h.settle(page);
  assert.equal((await h.widget(page, 'Distress 3')).selected, true);
  while ((await focused()) !== 'Save check-in' && steps++ < 60) { await page.keyboard.press('Tab'); await h.settle(page); }
  assert.equal(await focused(), 'Save check-in');
  await page.keyboard.press('Enter');
  await h.settle(page);
  const rows = async () => (await h.widgets(page)).filter((w) => w.role === 'row');
  await h.until(page, async () => (await rows()).length > 0);
  assert.equal((await rows())[0].value, 'Distress 3');
  await ctx.close();
});

test('paste brings clipboard text in; copy puts the field text on the clipboard', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir());
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await h.openApp(ctx, server.url);
  await page.evaluate(() => navigator.clipboard.writeText('from the clipboard: ñ 🌿'));
  await h.click(page, 'Note');
  await page.keyboard.press('Control+V');
  await h.settle(page);
  assert.equal((await h.widget(page, 'Note')).value, 'from the clipboard: ñ 🌿');
  await page.evaluate(async () => {
    await navigator.clipboard.writeText('something else');
    // Only the copy event may carry the text out: the app's fallback is switched off.
    window.realWriteText = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = () => Promise.resolve();
  });
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  await h.settle(page);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'from the clipboard: ñ 🌿');
  // Shift held as well (Ctrl+Shift+V, "paste as plain text") still pastes.
  await page.keyboard.press('End');
  await page.evaluate(() => window.realWriteText('!'));
  await page.keyboard.press('Control+Shift+V');
  await h.settle(page);
  assert.equal((await h.widget(page, 'Note')).value, 'from the clipboard: ñ 🌿!');
  await ctx.close();
});

for (const ratio of [1, 2, 3]) {
  test(`at devicePixelRatio ${ratio} the canvas has one pixel per device pixel and follows resizes`, async (t) => {
    const ctx = await h.launchFor(t, h.newProfileDir(), { viewport: { width: 800, height: 600 }, deviceScaleFactor: ratio });
    const page = await h.openApp(ctx, server.url);
    const size = () => page.evaluate(() => {
      const c = document.getElementById('canvas');
      return [c.width, c.height, c.clientWidth, c.clientHeight];
    });
    assert.deepEqual(await size(), [800 * ratio, 600 * ratio, 800, 600]);
    await page.setViewportSize({ width: 500, height: 700 });
    await h.settle(page);
    assert.deepEqual(await size(), [500 * ratio, 700 * ratio, 500, 700]);
    const save = await h.widget(page, 'Save check-in');
    assert.ok(save.x + save.w <= 500, 'the layout follows the new width');
    await ctx.close();
  });
}

test('without WebGL2 the page still shows crisis lines in plain HTML', async (t) => {
  const browser = await chromium.launch({ executablePath: h.chromiumPath, headless: true,
                                          args: [...h.chromiumArgs, '--disable-3d-apis'] });
  t.after(() => browser.close());
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.waitForSelector('#fallback:not([hidden])', { timeout: 20000 });
  const text = await page.textContent('#fallback');
  assert.match(text, /WebGL 2/);
  assert.match(text, /988/);
  assert.match(text, /116 123/);
  assert.match(text, /13 11 14/);
  assert.equal(await page.getAttribute('a[href="tel:988"]', 'href'), 'tel:988');
  await browser.close();
});

test('on a Mac, Cmd shortcuts work and leave no key stuck (Macs send no key-up while Cmd is held)', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir());
  await ctx.addInitScript(() => Object.defineProperty(navigator, 'platform', { get: () => 'MacIntel' }));
  const page = await h.openApp(ctx, server.url);
  await h.click(page, 'Note');
  await h.type(page, 'hello');
  const cdp = await ctx.newCDPSession(page);
  const key = (type, k, code, keyCode, modifiers) =>
    cdp.send('Input.dispatchKeyEvent', { type, key: k, code, windowsKeyCode: keyCode, modifiers });
  // Cmd+Left (to the line start), as a Mac delivers it: the arrow's key-up never comes.
  await key('rawKeyDown', 'Meta', 'MetaLeft', 91, 4);
  await key('rawKeyDown', 'ArrowLeft', 'ArrowLeft', 37, 4);
  await key('keyUp', 'Meta', 'MetaLeft', 91, 0);
  await h.settle(page);
  await h.type(page, 'oh, ');
  await page.waitForTimeout(600); // long enough for a stuck arrow to start repeating
  await h.type(page, '!');
  assert.equal((await h.widget(page, 'Note')).value, 'oh, !hello');
});
