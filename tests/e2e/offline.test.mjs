// Offline and updates: after one visit the app opens and saves with the network gone; a
// new deployment shows a calm card, and restarting brings the new version with the
// unsaved check-in still there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as h from './harness.mjs';

// Each test deploys its own copy of the site, so it can change it.
function deployCopy() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onward-site-'));
  fs.cpSync(h.site, dir, { recursive: true });
  return dir;
}

// A deployed copy of the site, opened once, with the service worker in charge.
async function openDeployed(t) {
  const dir = deployCopy();
  const server = await h.startServer(dir);
  t.after(() => server.stop());
  const ctx = await h.launchFor(t, h.newProfileDir());
  const page = await h.openApp(ctx, server.url);
  await offlineReady(page);
  return { dir, server, ctx, page };
}

// The service worker has precached the build and controls the page.
async function offlineReady(page) {
  await page.waitForFunction(async () => {
    const keys = await caches.keys();
    return navigator.serviceWorker.controller !== null && keys.length === 1 &&
      (await (await caches.open(keys[0])).match('onward.wasm')) !== undefined;
  }, null, { timeout: 20000 });
}

test('after one visit the app opens and saves a check-in with the network gone', async (t) => {
  const deployed = await openDeployed(t);
  const { server, ctx } = deployed;
  let { page } = deployed;
  await ctx.setOffline(true);
  server.stop(); // and the host is gone too
  await page.close();
  page = await h.openApp(ctx, server.url, { newTab: true });
  await h.click(page, 'Distress 3');
  await h.click(page, 'Save check-in');
  await h.until(page, async () => Object.keys(await h.storedRecords(page)).length === 1);
  assert.equal(Object.values(await h.storedRecords(page))[0].distress, 3);
  await h.click(page, "I'm overwhelmed");
  await h.widget(page, 'Call 988');
});

test('a new deployment shows a calm card; restarting brings it, with the check-in being written', async (t) => {
  const { dir, page } = await openDeployed(t);
  const oldCache = (await page.evaluate(() => caches.keys()))[0];
  await h.click(page, 'Distress 6');
  await h.click(page, 'Note');
  await h.type(page, 'half a thought');

  // Deploy a changed build: a new page marker, and a service worker with a new version.
  const html = path.join(dir, 'index.html');
  fs.writeFileSync(html, fs.readFileSync(html, 'utf8').replace('<title>', '<meta name="onward-build" content="2">\n<title>'));
  const sw = path.join(dir, 'sw.js');
  fs.writeFileSync(sw, fs.readFileSync(sw, 'utf8').replace(/const VERSION = '[^']*'/, "const VERSION = 'second'"));
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));

  assert.match((await h.widget(page, 'New version', { timeout: 20000 })).value, /new version/);
  assert.equal(await page.evaluate(() => document.querySelector('meta[name="onward-build"]')), null,
               'the old page runs on until the person chooses');
  await h.screenshot(page, 'update-ready-desktop');
  const reloaded = page.waitForEvent('load');
  await h.click(page, 'Restart now');
  await reloaded;
  await page.waitForFunction(() => window.onwardReady === true, null, { timeout: 20000 });
  assert.equal(await page.evaluate(() => document.querySelector('meta[name="onward-build"]')?.content), '2');
  assert.equal((await h.widget(page, 'Note')).value, 'half a thought', 'the unsaved note came along');
  assert.equal((await h.widget(page, 'Distress 6')).selected, true, 'and the distress chosen');
  const keys = await page.evaluate(() => caches.keys());
  assert.deepEqual(keys, ['onward-second'], `the old cache (${oldCache}) is gone once the new version runs`);
});

test('a deployment with a missing file is never installed, and the app keeps running the old one', async (t) => {
  const { dir, page } = await openDeployed(t);
  const before = await page.evaluate(() => caches.keys());
  fs.rmSync(path.join(dir, 'icon-512.png')); // the host now answers 404 for it
  const sw = path.join(dir, 'sw.js');
  fs.writeFileSync(sw, fs.readFileSync(sw, 'utf8').replace(/const VERSION = '[^']*'/, "const VERSION = 'broken'"));
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()).catch(() => {}));
  await page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    return !reg.installing; // the install has run its course
  }, null, { timeout: 20000 });
  await page.waitForTimeout(500);
  assert.deepEqual(await page.evaluate(() => caches.keys()), before, 'no cache of the broken build is kept');
  assert.equal((await h.widgets(page)).some((w) => w.label === 'New version'), false, 'no update is offered');
});
