// How Onward looks: it follows the device's light, dark or high-contrast preference (also
// when that changes while it is open) until the person chooses a theme in Settings; that
// choice wins, is saved and survives a reload; the text size steps up and down and is
// saved too. The colours are read from the screen itself, not from the app's own word.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as h from './harness.mjs';

let server;
before(async () => { server = await h.startServer(); });
after(() => server.stop());

// The page colour of each theme (src/core/themes.cpp).
const pageColour = { light: [0xF4, 0xF1, 0xEB], dark: [0x18, 0x20, 0x26], contrast: [0, 0, 0] };

// The colour on screen left of the centred column, where only the page shows. Decoded in
// the page from a real screenshot (the page's policy allows no fetch of a data: URL).
async function backgroundPixel(page) {
  const png = await page.screenshot({ clip: { x: 8, y: 400, width: 1, height: 1 } });
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(1, 1);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(bitmap, 0, 0);
    return Array.from(ctx.getImageData(0, 0, 1, 1).data.slice(0, 3));
  }, png.toString('base64'));
}

async function assertDrawn(page, theme, why) {
  await h.settle(page);
  const seen = await backgroundPixel(page);
  const want = pageColour[theme];
  assert.ok(seen.every((c, i) => Math.abs(c - want[i]) <= 2),
            `the page is drawn ${theme} (${why}): saw rgb(${seen}), want rgb(${want})`);
  // The page around the canvas and the browser's own bars follow.
  const around = await page.evaluate(() => ({
    themeColour: document.querySelector('meta[name="theme-color"]').content,
    scheme: document.documentElement.style.colorScheme,
  }));
  const hex = '#' + want.map((c) => c.toString(16).padStart(2, '0')).join('').toUpperCase();
  assert.equal(around.themeColour, hex, `the browser's bar is ${theme} too (${why})`);
  assert.equal(around.scheme, theme === 'light' ? 'light' : 'dark', `the page's colour scheme (${why})`);
}

async function openSettings(page) {
  await h.click(page, 'Tab Journal');
  await h.click(page, 'Settings');
}

const settingsRecord = async (page) => (await h.storedRecords(page)).settings;

test('with no choice made, Onward follows the device: light, dark, high contrast, and changes live', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir(), { ...h.desktop, colorScheme: 'dark' });
  const page = await h.openApp(ctx, server.url);
  await h.settle(page);
  await assertDrawn(page, 'dark', 'the device asks for dark');

  await page.emulateMedia({ colorScheme: 'light' });
  await assertDrawn(page, 'light', 'the device switched to light while Onward was open');

  await page.emulateMedia({ colorScheme: 'dark', contrast: 'more' });
  await assertDrawn(page, 'contrast', 'the device asks for more contrast, which wins over dark');

  await page.emulateMedia({ colorScheme: 'light', contrast: 'no-preference', forcedColors: 'active' });
  await assertDrawn(page, 'contrast', 'the device forces its own colours');

  await page.emulateMedia({ forcedColors: 'none' });
  await openSettings(page);
  assert.ok((await h.widget(page, 'Theme Match my device')).selected, '"Match my device" is the choice so far');
  assert.deepEqual(page.onwardErrors, []);
});

test('a theme chosen in Settings overrides the device, is saved, survives a reload, and can be undone',
     async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir(), { ...h.desktop, colorScheme: 'dark' });
  const page = await h.openApp(ctx, server.url);
  await h.settle(page);
  await openSettings(page);
  await h.click(page, 'Theme Light');
  assert.ok((await h.widget(page, 'Theme Light')).selected, '"Light" is now the chosen theme');
  assert.ok(!(await h.widget(page, 'Theme Match my device')).selected);
  await assertDrawn(page, 'light', 'chosen although the device asks for dark');
  await h.waitForSaved(page);
  assert.equal((await settingsRecord(page)).theme, 'light', 'the stored settings hold the choice');

  await h.reload(page);
  await assertDrawn(page, 'light', 'after a reload');
  await openSettings(page);
  assert.ok((await h.widget(page, 'Theme Light')).selected, '"Light" is still chosen after a reload');

  await h.click(page, 'Theme High contrast');
  await assertDrawn(page, 'contrast', 'high contrast chosen');
  await h.click(page, 'Theme Match my device');
  await assertDrawn(page, 'dark', 'back to following the device');
  await h.waitForSaved(page);
  assert.equal((await settingsRecord(page)).theme, undefined, 'following the device stores no theme');
  assert.deepEqual(page.onwardErrors, []);
});

test('the text size steps larger and smaller, shows its percentage, is saved, and resets to 100%', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir());
  const page = await h.openApp(ctx, server.url);
  await h.settle(page);
  await openSettings(page);
  assert.equal(await h.value(page, 'Text size'), '100%');
  await assert.rejects(h.widget(page, 'Text size reset', { timeout: 300 }), 'no "Reset" at 100%');

  await h.click(page, 'Text larger');
  assert.equal(await h.value(page, 'Text size'), '115%');
  await h.click(page, 'Text larger');
  assert.equal(await h.value(page, 'Text size'), '130%');
  await h.waitForSaved(page);
  assert.equal((await settingsRecord(page)).text_percent, 130, 'the stored settings hold the size');

  await h.click(page, 'Text smaller');
  assert.equal(await h.value(page, 'Text size'), '115%');
  await h.click(page, 'Text size reset');
  assert.equal(await h.value(page, 'Text size'), '100%');
  await h.waitForSaved(page);
  assert.equal((await settingsRecord(page)).text_percent, undefined, '100% is the default and stores nothing');

  for (let i = 0; i < 2; ++i) await h.click(page, 'Text smaller');
  assert.equal(await h.value(page, 'Text size'), '80%', 'the smallest size is 80%');
  await assert.rejects(h.widget(page, 'Text smaller', { timeout: 300 }), 'nothing smaller than 80% is offered');
  assert.deepEqual(page.onwardErrors, []);
});
