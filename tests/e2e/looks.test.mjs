// How Today looks and feels on a desktop and on a phone: screenshots for people to look
// at (build/screenshots), and the layout rules a person would notice when broken.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as h from './harness.mjs';

let server;
before(async () => { server = await h.startServer(); });
after(() => server.stop());

// Opens a fresh app with the note field focused, and a way to photograph its first letters.
async function noteWithCamera(t, width) {
  const ctx = await h.launchFor(t, h.newProfileDir());
  const page = await h.openApp(ctx, server.url);
  await h.click(page, 'Note');
  const field = await h.widget(page, 'Note');
  const clip = { x: field.x + 4, y: field.y + 4, width, height: 30 };
  return { page, photo: () => page.screenshot({ clip }) };
}

// Today's own rules, beyond what every screen keeps (h.checkLayout).
async function checkLayout(page, { phone }) {
  const drawn = await h.checkLayout(page, { phone });
  const inPage = drawn.filter((w) => h.isControl(w) && !h.inBar(w));
  // The Save button spans the card's inner width: nothing in the card may reach past it.
  const save = drawn.find((w) => w.label === 'Save check-in');
  for (const c of inPage)
    assert.ok(c.x >= save.x - 0.5 && c.x + c.w <= save.x + save.w + 0.5,
              `"${c.label}" stays inside the card (${c.x}..${c.x + c.w}, card ${save.x}..${save.x + save.w})`);
  // The bar's "I'm overwhelmed" lines up with the cards' inner right edge.
  const help = drawn.find((w) => w.label === "I'm overwhelmed");
  assert.ok(Math.abs(help.x + help.w - (save.x + save.w + 20)) <= 1, 'the bar lines up with the page');
}

for (const [name, device] of [['desktop', h.desktop], ['phone', h.phone]]) {
  test(`Today on a ${name}: nothing clipped or overlapping, screenshots taken`, async (t) => {
    const ctx = await h.launchFor(t, h.newProfileDir(), device);
    const page = await h.openApp(ctx, server.url);
    const act = name === 'phone' ? h.tap : h.click;
    await checkLayout(page, { phone: name === 'phone' });
    await h.screenshot(page, `today-empty-${name}`);
    await act(page, 'Distress 7');
    for (const e of ['Anxious', 'Overwhelmed', 'Tired']) await act(page, `Emotion ${e}`);
    await act(page, 'Strength 5 for Overwhelmed');
    await act(page, 'Body Shut down');
    await checkLayout(page, { phone: name === 'phone' });
    await h.screenshot(page, `today-filling-${name}`);
    await act(page, 'Note');
    await h.type(page, 'Hard morning. Took a walk; it helped a little. Ещё чуть-чуть.');
    await act(page, 'Save check-in');
    await checkLayout(page, { phone: name === 'phone' });
    await h.screenshot(page, `today-saved-${name}`);
  });
}

test('on a phone, dragging a finger scrolls the page and presses nothing', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir(), h.phone);
  const page = await h.openApp(ctx, server.url);
  const chip = await h.widget(page, 'Emotion Calm');
  const cdp = await ctx.newCDPSession(page);
  const x = chip.x + chip.w / 2, y = chip.y + chip.h / 2;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (let i = 1; i <= 10; ++i)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - 30 * i }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await h.settle(page);
  const moved = await h.widget(page, 'Emotion Calm');
  assert.ok(Math.abs(chip.y - moved.y - 300) <= 30, `the page followed the finger (${chip.y} → ${moved.y})`);
  assert.equal(moved.selected, false, 'the chip under the finger was not pressed');
  assert.equal((await h.widgets(page)).filter((w) => w.selected && !h.inBar(w)).length, 0, "only the current tab is on");
});

test('a character the font lacks shows as a visible box, and the text around it is intact', async (t) => {
  const { page, photo } = await noteWithCamera(t, 120);
  const empty = await photo();
  await h.type(page, '🌱');
  const withEmoji = await photo();
  assert.notDeepEqual(withEmoji, empty, 'something is drawn for the emoji');
  await h.type(page, ' ok');
  assert.equal((await h.widget(page, 'Note')).value, '🌱 ok');
});

test('Cyrillic typed after punctuation the first glyphs have (an em dash) is still drawn as letters', async (t) => {
  const { page, photo } = await noteWithCamera(t, 60);
  await page.keyboard.insertText('— Ж'); // arrives in one piece, as from a phone's keyboard
  await h.settle(page);
  const cyrillic = await photo();
  await page.keyboard.press('Backspace');
  await h.type(page, '🌱');
  assert.notDeepEqual(cyrillic, await photo(), 'Ж is not drawn as the box');
});

test('Cyrillic and Greek typed into a fresh journal are drawn as letters, not as boxes', async (t) => {
  const { page, photo } = await noteWithCamera(t, 60);
  const shot = async (text) => {
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await h.type(page, text);
    return photo();
  };
  const box = await shot('🌱'); // no glyph in the font: the box
  assert.notDeepEqual(await shot('Ж'), box, 'Ж has its own glyph');
  assert.notDeepEqual(await shot('λ'), box, 'λ has its own glyph');
  assert.notDeepEqual(await shot('ő'), box, 'ő has its own glyph');
  assert.equal((await h.widget(page, 'Note')).value, 'ő');
});
