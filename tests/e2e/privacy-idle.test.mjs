// The page makes no request but for its own files, none after load, and draws nothing while
// nobody touches it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { click, openLadder, reload, ui, useBrowserAndSite } from './helpers.mjs';

const env = useBrowserAndSite();

test('only the page own files are requested, and nothing after load', async (t) => {
  const { page, requests } = await openLadder(t, env.browser, env.site.url);
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

// Resolves after the browser has offered the page `count` animation frames of its own.
const browserFrames = (page, count) => page.evaluate((n) => new Promise((resolve) => {
  const tick = () => (--n <= 0 ? resolve() : requestAnimationFrame(tick));
  requestAnimationFrame(tick);
}), count);

test('the idle page draws no frames', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  // The example's results screen, as a reload finds it: the same rich page, with no message
  // on a timer that would legitimately wake the page up later.
  await click(page, 'example');
  await reload(page);
  assert.equal((await ui(page)).screen, 'results');
  assert.equal((await ui(page)).toast, '', 'no message waiting to be taken down');
  const before = (await page.evaluate(() => window.ladder.stats())).frames;
  // Sixty chances to draw (about a second on a 60 Hz display), and none taken.
  await browserFrames(page, 60);
  const after = (await page.evaluate(() => window.ladder.stats())).frames;
  assert.equal(after - before, 0);
  // ...and it wakes up for input.
  await page.mouse.move(300, 300);
  await page.mouse.move(320, 320);
  await page.waitForFunction((n) => window.ladder.stats().frames > n, after);
});

test('a browser without WebGL 2 gets a clear message instead of a blank page', async (t) => {
  const context = await env.browser.newContext();
  t.after(() => context.close());
  await context.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
      return kind === 'webgl2' ? null : original.call(this, kind, ...rest);
    };
  });
  const page = await context.newPage();
  await page.goto(env.site.url);
  // The page checks once its first screen is up (shell/index.html), and says so in place of
  // the loading line.
  await page.locator('#status-text', { hasText: 'WebGL 2' }).waitFor();
  assert.match(await page.textContent('#status-text'), /WebGL 2 turned off/);
  assert.equal(await page.evaluate(() => window.ladder.ready.then(() => 'ready', (e) => e.message)), 'no WebGL2');
  assert.equal(await page.isVisible('#status'), true);
});
