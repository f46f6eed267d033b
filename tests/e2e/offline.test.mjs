// Journey: a team on a closed network opens ladder-offline.html from disk, with the network
// off, and completes the assessment. The file carries everything; nothing is fetched.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { click, dist, openLadder, screen, screenshot, settle, startBrowser, startServer } from './helpers.mjs';

let browser;
const file = join(dist, 'ladder-offline.html');
before(async () => { browser = await startBrowser(); });
after(async () => { await browser?.close(); });

test('the offline file has no external reference and a strict CSP', async () => {
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
  await context.setOffline(true);
  const page = await context.newPage();
  await page.goto(pathToFileURL(file).href);
  const references = await page.evaluate(() => [...document.querySelectorAll('[src], [href]')]
    .map((e) => e.getAttribute('src') || e.getAttribute('href')));
  assert.ok(references.every((r) => r.startsWith('data:')), `only data: references, found ${references.length}`);
  await context.close();
});

test('opened from disk with the network off, the whole journey works and nothing is fetched', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.setOffline(true);
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const url = pathToFileURL(file).href;
  await page.goto(url);
  await page.evaluate(() => window.ladder.ready);
  await settle(page);
  assert.equal((await page.evaluate(() => window.ladder.widgets())).some((w) => w.id === 'use-offline'), false,
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
  await page.reload();
  await page.evaluate(() => window.ladder.ready);
  assert.equal((await page.evaluate(() => window.ladder.results())).dimensions[0].answered, 2);
  assert.deepEqual(requests.filter((r) => r !== url), [], 'no request but the file itself');
  assert.deepEqual(errors, []);
  await context.close();
});

test('where the browser keeps no storage, the page says so and downloads still work', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  const page = await context.newPage();
  await page.goto(pathToFileURL(file).href);
  await page.evaluate(() => window.ladder.ready);
  await settle(page);
  assert.match((await page.evaluate(() => window.ladder.ui())).error, /not keeping data for this page/);
  await screenshot(page, 'offline-no-storage');
  await click(page, 'start-new');
  await click(page, 'level-1');
  await click(page, 'nav-results');
  const download = page.waitForEvent('download');
  await click(page, 'download-json');
  assert.match((await download).suggestedFilename(), /\.json$/);
  await context.close();
});

test('the hosted page offers the offline file as a download', async () => {
  const site = await startServer();
  const { page, context } = await openLadder(browser, site.url);
  const download = page.waitForEvent('download');
  await click(page, 'use-offline');
  const file = await download;
  assert.equal(file.suggestedFilename(), 'ladder-offline.html');
  assert.equal(readFileSync(await file.path(), 'utf8'), readFileSync(join(dist, 'ladder-offline.html'), 'utf8'));
  await context.close();
  site.server.close();
});
