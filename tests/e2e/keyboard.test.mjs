// Keyboard alone, as a person without a mouse uses Onward: real key presses only (Tab,
// arrows, Enter, Space, Escape and the shortcuts Alt+N, Alt+S, Alt+H), a ring that can be
// seen on the focused control; and a finger's flick that glides on, then stops.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as h from './harness.mjs';

let server;
before(async () => { server = await h.startServer(); });
after(() => server.stop());

const focused = async (page) => (await h.widgets(page)).find((w) => w.focused);

async function press(page, keys) {
  await page.keyboard.press(keys);
  await h.settle(page);
}

// Presses Tab (or Shift+Tab) until the keyboard is on the widget `is` picks, and returns it.
async function tabTo(page, is, { back = false, most = 80 } = {}) {
  const pick = typeof is === 'string' ? (w) => w.label === is : is;
  for (let i = 0; i < most; ++i) {
    const w = await focused(page);
    if (w && pick(w)) return w;
    await press(page, back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached it; the keyboard is on "${(await focused(page))?.label}"`);
}

// The app opened with the keyboard in the page, as after clicking into it or tabbing in.
async function openForKeys(t, device) {
  const ctx = await h.launchFor(t, h.newProfileDir(), device);
  await h.recordLinks(ctx);
  const page = await h.openApp(ctx, server.url);
  await page.focus('#canvas');
  return { ctx, page };
}

// Alt+N, words in "What happened", a distress chip by Shift+Tab and Space, "Save now" by
// Tab and Enter: a whole entry without a mouse.
async function writeEntry(page, words, distress) {
  await press(page, 'Alt+KeyN');
  await h.type(page, words);
  assert.equal(await h.value(page, 'What happened'), words, 'Alt+N put the keyboard in "What happened"');
  await tabTo(page, `Before ${distress}`, { back: true });
  await press(page, 'Space');
  assert.ok((await h.widget(page, `Before ${distress}`)).selected, 'Space chose the distress');
  await tabTo(page, 'Save now');
  await press(page, 'Enter');
  await h.waitForSaved(page);
}

test('keyboard only: Alt+N writes an entry, Tab and Space fill it in, Enter saves it', async (t) => {
  const { page } = await openForKeys(t);
  await writeEntry(page, 'The bus was late again', 6);
  const entries = Object.values(await h.storedRecords(page)).filter((r) => r.happened !== undefined);
  assert.equal(entries.length, 1, 'one entry is stored');
  assert.equal(entries[0].happened, 'The bus was late again');
  assert.equal(entries[0].distress, 6);
  // Read back, then Escape goes back to the journal, which lists it.
  await h.widget(page, 'Back to journal');
  await press(page, 'Escape');
  const rows = (await h.widgets(page)).filter((w) => w.role === 'row');
  assert.equal(rows.length, 1, 'the journal lists the entry');
  assert.match(rows[0].value, /6/);
  assert.deepEqual(page.onwardErrors, []);
});

test('keyboard only: Alt+S searches, Tab and arrows reach the entry, Enter opens it, Escape goes back', async (t) => {
  const { page } = await openForKeys(t);
  await writeEntry(page, 'A walk by the river helped', 3);
  await writeEntry(page, 'Shouting match at work', 8);
  await press(page, 'Alt+KeyS');
  await h.type(page, 'river');
  assert.equal(await h.value(page, 'Search'), 'river', 'Alt+S put the keyboard in the search field');
  const rows = (await h.widgets(page)).filter((w) => w.role === 'row');
  assert.equal(rows.length, 1, 'one entry matches "river"');
  // Out of the field with Tab, then down the page with the arrows to the entry.
  await press(page, 'Tab');
  for (let i = 0; i < 10 && (await focused(page))?.role !== 'row'; ++i) await press(page, 'ArrowDown');
  const row = await focused(page);
  assert.equal(row?.role, 'row', 'the arrows reach the entry found');
  await press(page, 'Enter');
  assert.ok((await h.widget(page, 'Edit')).label, 'Enter opened the entry');
  assert.ok((await h.widgets(page)).some((w) => w.value === 'A walk by the river helped'), 'its words are shown');
  await press(page, 'Escape');
  assert.equal(await h.value(page, 'Search'), 'river', 'Escape went back to the journal, still searching');
  // Escape in a text field only leaves the field: the screen stays.
  await press(page, 'Alt+KeyN');
  await h.type(page, 'half a thought');
  assert.equal(await h.value(page, 'What happened'), 'half a thought');
  await press(page, 'Escape');
  assert.ok((await h.widgets(page)).some((w) => w.label === 'What happened'), 'the first Escape leaves only the field');
  await press(page, 'Escape');
  assert.ok((await h.widgets(page)).some((w) => w.label === 'Search'), 'the second goes back to the journal');
  await press(page, 'Alt+KeyN');
  assert.equal(await h.value(page, 'What happened'), 'half a thought', 'and the words are kept');
  assert.deepEqual(page.onwardErrors, []);
});

test('keyboard only: Alt+H from inside a text field opens crisis mode, and Enter calls a crisis line', async (t) => {
  const { page } = await openForKeys(t);
  await tabTo(page, 'Note');
  await h.type(page, 'so heavy');
  assert.equal(await h.value(page, 'Note'), 'so heavy', 'Tab into a text field starts typing there');
  await press(page, 'Alt+KeyH');
  await h.inCrisisMode(page);
  const line = await tabTo(page, 'Call 988');
  assert.ok(line.y >= 0 && line.y + line.h <= page.viewportSize().height, 'the focused line is scrolled into view');
  await press(page, 'Enter');
  assert.deepEqual(await h.followed(page), ['tel:988']);
  // The shortcut's letter was not typed into the note.
  await tabTo(page, 'Tab Today', { back: true });
  await press(page, 'Enter');
  assert.equal(await h.value(page, 'Note'), 'so heavy');
  assert.deepEqual(page.onwardErrors, []);
});

// The colour at (x, y) of a screenshot, read in a page of its own (the app's own page
// allows no data: images).
async function pixels(ctx, png, points) {
  const page = await ctx.newPage();
  const out = await page.evaluate(async ({ src, points }) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    return points.map(([x, y]) => Array.from(g.getImageData(Math.round(x), Math.round(y), 1, 1).data.slice(0, 3)));
  }, { src: `data:image/png;base64,${png.toString('base64')}`, points });
  await page.close();
  return out;
}
const near = (a, b) => a.every((v, i) => Math.abs(v - b[i]) <= 40);

test('the focused control wears a clear ring: plain buttons, big choices and journal rows alike', async (t) => {
  const { ctx, page } = await openForKeys(t);
  await writeEntry(page, 'For the ring', 4);
  // ImGui's own ring around "I'm overwhelmed" gives the focus colour to look for: 3 px
  // outside the button's left edge.
  const help = await tabTo(page, "I'm overwhelmed");
  const ringAt = (w) => [[w.x - 3, w.y + w.h / 2], [w.x + w.w / 2, w.y - 3]];
  const [focusColour] = await pixels(ctx, await page.screenshot(), ringAt(help));

  const looks = async (w, what) => {
    const shot = await page.screenshot();
    await h.screenshot(page, `keyboard/ring-${what}`);
    for (const p of await pixels(ctx, shot, ringAt(w)))
      assert.ok(near(p, focusColour), `${what}: a ring in the focus colour (${focusColour}) around it, found ${p}`);
  };
  // A journal row, which paints its own card over ImGui's thin ring.
  await press(page, 'Alt+KeyS');
  const row = await tabTo(page, (w) => w.role === 'row');
  await looks(row, 'journal-row');
  // A big choice in crisis mode, an invisible button with a face of its own.
  await press(page, 'Alt+KeyH');
  const choice = await tabTo(page, 'Breathe with me');
  await looks(choice, 'big-choice');
  // And gone once the keyboard moves on.
  await press(page, 'Tab');
  const [after] = await pixels(ctx, await page.screenshot(), ringAt(await h.widget(page, 'Breathe with me')));
  assert.ok(!near(after, focusColour) || near(focusColour, [255, 255, 255]), 'no ring once the keyboard left');
});

// A finger on the glass, moved through `ys` (CSS px), one move every `stepMs`, then lifted.
// Each event carries the moment the finger was there, so the finger's speed is the one
// written here however long the page takes to draw.
async function drag(page, ys, stepMs) {
  const cdp = await page.context().newCDPSession(page);
  const x = 195;
  const start = Date.now() / 1000;
  const at = (i) => start + (i * stepMs) / 1000;
  await Promise.all([
    cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: ys[0] }], timestamp: at(0) }),
    ...ys.slice(1).map((y, i) =>
      cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }], timestamp: at(i + 1) })),
    cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [], timestamp: at(ys.length - 1) }),
  ]);
  await page.waitForTimeout(stepMs * ys.length);
  await cdp.detach();
}

// Crisis mode on a phone is longer than the screen: how far it has scrolled, by where
// "Breathe with me" sits.
async function crisisOnPhone(t, device = h.phone) {
  const ctx = await h.launchFor(t, h.newProfileDir(), device);
  const page = await h.openApp(ctx, server.url);
  await h.tap(page, "I'm overwhelmed");
  const y = async () => (await h.widget(page, 'Breathe with me')).y;
  return { page, y };
}

test('a flick glides on after the finger lifts, then stops; a slow drag stops with the finger', async (t) => {
  const { page, y } = await crisisOnPhone(t);
  const frames = () => page.evaluate(() => window.onwardTest.frameCount());

  const y0 = await y();
  await drag(page, [700, 650, 600, 550, 500], 16); // 200 px in 64 ms
  await h.settle(page); // waits for the glide to end: it does, and frames stop
  const flicked = y0 - (await y());
  assert.ok(flicked > 200 * 1.5, `the page went on after the finger's 200 px: ${flicked} px in all`);
  const still = await frames();
  await page.waitForTimeout(500);
  assert.equal(await frames(), still, 'and stop once the glide has ended');

  const y1 = await y();
  const slow = [300, 310, 320, 330, 340, 350, 360, 370, 380, 390, 400]; // 100 px back, slowly
  await drag(page, slow, 100); // 100 px in a second
  await h.settle(page);
  const dragged = (await y()) - y1;
  assert.ok(Math.abs(dragged - 100) <= 15, `a slow drag moves the page with the finger only: ${dragged} px for 100`);
});

test('with reduced motion a flick does not glide: the page moves only with the finger', async (t) => {
  const { page, y } = await crisisOnPhone(t, { ...h.phone, reducedMotion: 'reduce' });
  const y0 = await y();
  await drag(page, [700, 650, 600, 550, 500], 16);
  await h.settle(page);
  const moved = y0 - (await y());
  assert.ok(Math.abs(moved - 200) <= 20, `the page followed the finger's 200 px and no further: ${moved} px`);
});
