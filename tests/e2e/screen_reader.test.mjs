// What a screen reader gets, read from Chromium's own accessibility tree (the DevTools
// protocol) while a person moves with the keyboard: one labelled application region, the
// focused control's name, role and state, the typed words in the focused textbox, and
// what the live regions say (a new screen's title, "Saved").
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as h from './harness.mjs';

let server;
before(async () => { server = await h.startServer(); });
after(() => server.stop());

const prop = (node, name) => node.properties?.find((p) => p.name === name)?.value?.value;

// The tree as a screen reader sees it: every node not ignored, with its role, name, value
// and state; the focused one (the page has focus too: the innermost focused node, and
// through aria-activedescendant the control it points at, as the browser tells a screen
// reader); and the words in each live region.
async function readTree(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Accessibility.enable');
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const byDom = new Map(nodes.map((n) => [n.backendDOMNodeId, n]));
  const view = (n) => ({
    role: n.role?.value, name: n.name?.value ?? '', value: n.value?.value, focused: prop(n, 'focused') === true,
    pressed: prop(n, 'pressed'), live: prop(n, 'live'), node: n,
  });
  const shown = nodes.filter((n) => !n.ignored).map(view);
  let focused = shown.find((n) => n.focused && n.role !== 'RootWebArea');
  const active = focused?.node.properties?.find((p) => p.name === 'activedescendant')?.value?.relatedNodes?.[0];
  if (active) focused = view(byDom.get(active.backendDOMNodeId));
  const words = (n) => (n.role?.value === 'StaticText' ? [n.name?.value ?? ''] : [])
    .concat(...(n.childIds ?? []).map((id) => words(byId.get(id))));
  const said = (how) => shown.filter((n) => n.live === how).flatMap((n) => words(n.node)).join(' | ');
  return { nodes: shown, focused, polite: said('polite'), urgent: said('assertive') };
}

// The control the app's own hook says has the keyboard.
const focusedWidget = async (page) => (await h.widgets(page)).find((w) => w.focused || w.editing);

async function press(page, key) {
  await page.keyboard.press(key);
  await h.settle(page);
}

test('the canvas is one labelled application region whose focused control is heard with its name, role and state', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir());
  const page = await h.openApp(ctx, server.url);
  await page.focus('#canvas');

  let tree = await readTree(page);
  const apps = tree.nodes.filter((n) => n.role === 'application');
  assert.equal(apps.length, 1, 'one application region');
  assert.equal(apps[0].name, 'Onward, your private recovery journal');
  assert.match(tree.polite, /Today/, 'the first screen is announced by its title');
  // Every control of the screen is in the tree, inside the canvas, by name.
  for (const label of ["I'm overwhelmed", 'Save check-in', 'Distress 3'])
    assert.ok(tree.nodes.some((n) => n.role === 'button' && n.name === label), `"${label}" is a button in the tree`);

  // Walk with Tab: each time, the tree's focus is the control the app has focused.
  const heard = [];
  for (let steps = 0; steps < 30; ++steps) {
    await press(page, 'Tab');
    const w = await focusedWidget(page);
    tree = await readTree(page);
    assert.ok(w, 'a control has the keyboard');
    assert.ok(tree.focused, `the tree has a focused node for "${w.label}"`);
    assert.equal(tree.focused.name, w.label, 'the focused node is named as the focused control');
    const role = w.role === 'text-field' ? 'textbox' : 'button';
    assert.equal(tree.focused.role, role, `"${w.label}" is heard as a ${role}`);
    if (w.role === 'toggle') assert.equal(tree.focused.pressed, w.selected ? 'true' : 'false', `"${w.label}" says whether it is on`);
    heard.push(w.label);
    if (w.label === 'Distress 3') break;
  }
  assert.ok(heard.length >= 4, `several controls were walked: ${heard.join(', ')}`);
  assert.equal(new Set(heard).size, heard.length, 'each Tab moved to another control');
  assert.equal(heard.at(-1), 'Distress 3');

  // Space chooses the chip: the tree says it is pressed now.
  await press(page, 'Space');
  tree = await readTree(page);
  assert.equal(tree.focused.name, 'Distress 3');
  assert.equal(tree.focused.pressed, 'true');
  await ctx.close();
});

test('a text field is the real textarea: the focused textbox holds what is typed, and saving says "Saved"', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir());
  const page = await h.openApp(ctx, server.url);
  await page.focus('#canvas');
  await h.click(page, 'Distress 4');
  let w;
  for (let steps = 0; steps < 40 && (w = await focusedWidget(page))?.label !== 'Note'; ++steps) await press(page, 'Tab');
  assert.equal(w?.label, 'Note', 'Tab reaches the note');
  await h.type(page, 'A walk by the river');
  let tree = await readTree(page);
  assert.equal(tree.focused.role, 'textbox');
  assert.equal(tree.focused.name, 'Note');
  assert.equal(tree.focused.value, 'A walk by the river', 'the typed words are the focused textbox\'s value');
  assert.deepEqual(await page.evaluate(() => [document.activeElement.id, document.activeElement.selectionStart]),
                   ['text-field', 'A walk by the river'.length], 'the caret is after the last word typed');
  assert.equal((await h.widget(page, 'Note')).value, 'A walk by the river', 'typed once into the app');

  // The caret moves with ImGui's: Home, then a word typed at the start.
  await press(page, 'Home');
  await h.type(page, 'Today: ');
  tree = await readTree(page);
  assert.equal(tree.focused.value, 'Today: A walk by the river');
  assert.equal(await page.evaluate(() => document.activeElement.selectionStart), 'Today: '.length);

  // On to Save, with the keyboard; the live region says it is saved.
  for (let steps = 0; steps < 20 && (w = await focusedWidget(page))?.label !== 'Save check-in'; ++steps) await press(page, 'Tab');
  assert.equal(w?.label, 'Save check-in');
  await press(page, 'Enter');
  await h.waitForSaved(page);
  await h.until(page, async () => /Saved/.test((await readTree(page)).polite));
  tree = await readTree(page);
  assert.match(tree.polite, /Saved/);
  assert.doesNotMatch(tree.polite, /\u2713/, 'the tick is shown, not read out');
  assert.equal(await page.evaluate(() => document.getElementById('text-field').value), '',
               'no words stay in the page once editing ends');
  await ctx.close();
});

test('changing screen announces its title, and journal rows are heard with their own words', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir());
  const page = await h.openApp(ctx, server.url);
  for (const note of ['first of two', 'second of two']) {
    await h.click(page, 'Distress 2');
    await h.fill(page, 'Note', note);
    await h.click(page, 'Save check-in');
    await h.waitForSaved(page);
  }
  await h.click(page, 'Tab Journal');
  const tree = await readTree(page);
  assert.match(tree.polite, /Journal/, 'the new screen is announced');
  assert.ok(tree.nodes.some((n) => n.role === 'group' && n.name === 'Journal'), 'its controls are grouped under its title');
  // Written in the same minute, the two rows still sound different: each says its words.
  const rows = tree.nodes.filter((n) => n.role === 'button' && n.name.startsWith('Entry '));
  assert.equal(rows.length, 2);
  assert.match(rows.map((r) => r.name).join('\n'), /Distress 2, first of two/);
  assert.match(rows.map((r) => r.name).join('\n'), /Distress 2, second of two/);
  await ctx.close();
});

test('an IME composition and a phone keyboard\'s correction of a word arrive once, beside the words already there', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir());
  const page = await h.openApp(ctx, server.url);
  await h.click(page, 'Note');
  await h.type(page, 'went for a wlak');
  const cdp = await ctx.newCDPSession(page);
  // A keyboard re-composes the word before the caret and commits its correction.
  const end = 'went for a wlak'.length;
  await cdp.send('Input.imeSetComposition', { text: 'walk', selectionStart: 4, selectionEnd: 4,
                                              replacementStart: end - 4, replacementEnd: end });
  await cdp.send('Input.insertText', { text: 'walk' });
  await h.settle(page);
  assert.equal((await h.widget(page, 'Note')).value, 'went for a walk');
  await cdp.send('Input.imeSetComposition', { text: ' に', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.imeSetComposition', { text: ' 日本', selectionStart: 3, selectionEnd: 3 });
  await cdp.send('Input.insertText', { text: ' 日本' });
  await h.type(page, '!');
  assert.equal((await h.widget(page, 'Note')).value, 'went for a walk 日本!');
  assert.equal(await page.evaluate(() => document.getElementById('text-field').value), 'went for a walk 日本!');
  await ctx.close();
});

test('a passphrase is never in the page: the textbox says only how many characters it has', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir());
  const page = await h.openApp(ctx, server.url);
  await h.click(page, 'Tab Journal');
  await h.click(page, 'Settings');
  await h.click(page, 'Open your data');
  await h.click(page, 'Choose a passphrase');
  await h.type(page, 'blue kettle');
  const tree = await readTree(page);
  assert.equal(tree.focused.role, 'textbox');
  assert.equal(tree.focused.name, 'Choose a passphrase, 11 characters');
  assert.ok(!tree.focused.value, 'the textbox holds no words');
  const page_text = await page.evaluate(() => document.documentElement.outerHTML + document.getElementById('text-field').value);
  assert.doesNotMatch(page_text, /kettle/, 'the passphrase is nowhere in the DOM');
  assert.ok(!tree.nodes.some((n) => /kettle/.test(n.name + (n.value ?? ''))), 'nor in the accessibility tree');
  await ctx.close();
});
