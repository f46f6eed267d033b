// The page makes no request but for its own files, none after load, and draws nothing while
// nobody touches it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { click, openLadder, settle, useBrowserAndSite } from './helpers.mjs';

const env = useBrowserAndSite();

test('only the page own files are requested, and nothing after load', async () => {
  const { page, requests } = await openLadder(env.browser, env.site.url);
  await click(page, 'example');
  await click(page, 'nav-assess');
  await click(page, 'level-2');
  await click(page, 'next');
  await click(page, 'nav-results');
  await click(page, 'nav-saved');
  await click(page, 'nav-settings');
  const origin = new URL(env.site.url).origin;
  const urls = requests.map((r) => r.url);
  assert.deepEqual(urls.filter((u) => !u.startsWith(origin)), [], 'no request to another origin');
  assert.deepEqual(requests.filter((r) => r.afterReady), [], 'no request after load');
  assert.deepEqual(urls.map((u) => new URL(u).pathname).sort(), ['/', '/ladder.js', '/ladder.wasm']);
});

test('the idle page draws no frames', async () => {
  const { page } = await openLadder(env.browser, env.site.url);
  await click(page, 'example');
  await settle(page);
  const before = (await page.evaluate(() => window.ladder.stats())).frames;
  await page.waitForTimeout(1000);
  const after = (await page.evaluate(() => window.ladder.stats())).frames;
  assert.equal(after - before, 0);
  // ...and it wakes up for input.
  await page.mouse.move(300, 300);
  await page.mouse.move(320, 320);
  await page.waitForTimeout(200);
  assert.ok((await page.evaluate(() => window.ladder.stats())).frames > after);
});

test('a browser without WebGL 2 gets a clear message instead of a blank page', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
      return kind === 'webgl2' ? null : original.call(this, kind, ...rest);
    };
  });
  const page = await context.newPage();
  await page.goto(env.site.url);
  const message = await page.textContent('#status-text');
  assert.match(message, /WebGL 2/);
  assert.equal(await page.isVisible('#status'), true);
  await context.close();
});
