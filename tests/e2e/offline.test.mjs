// Journey: a team on a closed network opens ladder-offline.html from disk, with the network
// off, and completes the assessment. The file carries everything; nothing is fetched.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { click, dist, downloadText, openLadder, ready, reload, screen, screenshot, startBrowser, startServer, ui, widgets } from './helpers.mjs';

let browser;
const file = join(dist, 'ladder-offline.html');
before(async () => { browser = await startBrowser(); });
after(async () => { await browser?.close(); });

test('the offline file has no external reference and a strict CSP', async (t) => {
  const html = readFileSync(file, 'utf8');
  const addresses = html.match(/https?:\/\/[^\s"'<>)]+/gi) || [];
  assert.deepEqual(addresses.filter((a) => !a.startsWith('http://www.w3.org/2000/svg')), [], 'no web address at all');
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /connect-src 'none'/);
  assert.match(csp, /script-src 'sha256-/);
  assert.doesNotMatch(csp, /script-src[^;]*unsafe-inline/);
  // Every element that could load something points at inline data only.
  const context = await browser.newContext();
  t.after(() => context.close());
  await context.setOffline(true);
  const page = await context.newPage();
  await page.goto(pathToFileURL(file).href);
  const references = await page.evaluate(() => [...document.querySelectorAll('[src], [href]')]
    .map((e) => e.getAttribute('src') || e.getAttribute('href')));
  assert.ok(references.every((r) => r.startsWith('data:')), `only data: references, found ${references.length}`);
});

test('opened from disk with the network off, the whole journey works and nothing is fetched', async (t) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  t.after(() => context.close());
  await context.setOffline(true);
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const url = pathToFileURL(file).href;
  await page.goto(url);
  await ready(page);
  assert.equal((await widgets(page)).some((w) => w.id === 'use-offline'), false,
    'no "use offline" button in the offline file');
  await click(page, 'start-new');
  await click(page, 'level-2');
  await click(page, 'next');
  await click(page, 'level-1');
  await click(page, 'nav-results');
  assert.equal(await screen(page), 'results');
  await screenshot(page, 'offline-results');
  const results = await page.evaluate(() => window.ladder.results());
  assert.equal(results.dimensions[0].answered, 2);
  // Chromium keeps storage for file:// pages, so a reload keeps the answers here.
  await reload(page);
  assert.equal((await page.evaluate(() => window.ladder.results())).dimensions[0].answered, 2);
  assert.deepEqual(requests.filter((r) => r !== url), [], 'no request but the file itself');
  assert.deepEqual(errors, []);
});

test('where the browser keeps no storage, the page says so and downloads still work', async (t) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  t.after(() => context.close());
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  const page = await context.newPage();
  await page.goto(pathToFileURL(file).href);
  await ready(page);
  assert.match((await ui(page)).error, /not keeping data for this page/);
  await screenshot(page, 'offline-no-storage');
  await click(page, 'start-new');
  await click(page, 'level-1');
  await click(page, 'nav-results');
  assert.match((await downloadText(page, 'download-json')).name, /\.json$/);
});

test('the hosted page offers the offline file as a download', async (t) => {
  const site = await startServer();
  t.after(() => site.server.close());
  const { page } = await openLadder(t, browser, site.url);
  const file = await downloadText(page, 'use-offline');
  assert.equal(file.name, 'ladder-offline.html');
  assert.equal(file.text, readFileSync(join(dist, 'ladder-offline.html'), 'utf8'));
});
