// Journey: a partner organisation embeds Ladder with one script tag. The tool runs in a
// sandboxed frame from its own origin; the partner page (another origin) can read nothing of
// it, receives nothing until the user presses "Share summary", and then only the summary.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dist, root, settle, startBrowser, startServer } from './helpers.mjs';

let browser, tool, partner, toolDir;
before(async () => {
  browser = await startBrowser();
  // The tool's site: dist/ plus two models a partner might host beside it.
  toolDir = mkdtempSync(join(tmpdir(), 'ladder-tool-'));
  cpSync(dist, toolDir, { recursive: true });
  mkdirSync(join(toolDir, 'models'), { recursive: true });
  cpSync(join(root, 'tests/data/mini-model.json'), join(toolDir, 'models/mini.json'));
  cpSync(join(root, 'tests/data/broken-model.json'), join(toolDir, 'models/broken.json'));
  tool = await startServer(toolDir);
  // The partner's site, on another origin, with the demo page pointing at the tool.
  const partnerDir = mkdtempSync(join(tmpdir(), 'ladder-partner-'));
  const demo = readFileSync(join(dist, 'embed-demo.html'), 'utf8');
  const page = (attrs) => demo.replace('<script src="embed.js" data-height="auto" async></script>',
    `<script src="${tool.url}embed.js" ${attrs} async></script>`)
    .replace('<a class="ladder-embed" href="index.html">', `<a class="ladder-embed" href="${tool.url}index.html">`)
    .replace('<head>', '<head><script>window.allMessages = []; addEventListener("message", (e) => allMessages.push({origin: e.origin, data: e.data}));</script>');
  writeFileSync(join(partnerDir, 'index.html'), page('data-height="auto"'));
  writeFileSync(join(partnerDir, 'custom.html'), page('data-model="models/mini.json"'));
  writeFileSync(join(partnerDir, 'broken.html'), page('data-model="models/broken.json"'));
  partner = await startServer(partnerDir);
});
after(async () => {
  await browser?.close();
  tool?.server.close();
  partner?.server.close();
});

async function openPartner(name = '') {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  await page.goto(partner.url + name);
  const handle = await page.waitForSelector('iframe');
  const frame = await handle.contentFrame();
  await frame.waitForFunction(() => window.ladder && window.ladder.widgets);
  await frame.evaluate(() => window.ladder.ready);
  await settle(frame);
  return { context, page, frame, handle, requests };
}

// Clicks a widget inside the frame, scrolling the partner page so that it is visible.
async function clickIn(page, frame, handle, id) {
  await settle(frame);
  const w = (await frame.evaluate(() => window.ladder.widgets())).find((x) => x.id === id);
  assert.ok(w, `widget ${id} in the frame`);
  await page.evaluate((y) => window.scrollTo(0, y), (await handle.boundingBox()).y + w.rect.y - 200 + (await page.evaluate(() => scrollY)));
  const box = await handle.boundingBox();
  await page.mouse.click(box.x + w.rect.x + w.rect.w / 2, box.y + w.rect.y + w.rect.h / 2);
  await settle(frame);
}

test('the frame is sandboxed, titled, sized to its content, and its storage is out of reach', async () => {
  const { page, frame, handle, context } = await openPartner();
  const attrs = await handle.evaluate((f) => ({ sandbox: f.getAttribute('sandbox'), title: f.title, height: f.offsetHeight }));
  assert.equal(attrs.sandbox, 'allow-scripts allow-same-origin allow-downloads allow-modals');
  assert.match(attrs.title, /Ladder/);
  assert.ok(attrs.height > 700, `the frame grew to its content (${attrs.height}px)`);
  await clickIn(page, frame, handle, 'example');
  assert.ok(await frame.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('ladder.v1.'))), 'the tool saves in its own storage');
  const partnerView = await page.evaluate(() => {
    const f = document.querySelector('iframe');
    let storage = 'readable';
    try { void f.contentWindow.localStorage.length; } catch (e) { storage = e.name; }
    return { storage, own: Object.keys(localStorage) };
  });
  assert.equal(partnerView.storage, 'SecurityError');
  assert.deepEqual(partnerView.own, []);
  await context.close();
});

test('nothing reaches the partner before Share; after it, exactly the summary', async () => {
  const { page, frame, handle, context, requests } = await openPartner();
  await clickIn(page, frame, handle, 'start-new');
  await clickIn(page, frame, handle, 'level-2');
  await clickIn(page, frame, handle, 'note');
  await page.keyboard.type('Secret note the partner must never see');
  await clickIn(page, frame, handle, 'next');
  await clickIn(page, frame, handle, 'level-1');
  await clickIn(page, frame, handle, 'nav-results');
  const before = await page.evaluate(() => window.allMessages);
  assert.ok(before.every((m) => m.data.type === 'resize'), 'only size messages before sharing');
  assert.equal(await page.evaluate(() => window.receivedSummaries), undefined);

  const share = (await frame.evaluate(() => window.ladder.widgets())).find((w) => w.id === 'share');
  assert.equal(share.label, `Share summary with ${new URL(partner.url).origin}`);
  await clickIn(page, frame, handle, 'share');
  await page.waitForFunction(() => window.receivedSummaries && window.receivedSummaries.length === 1);
  const summary = (await page.evaluate(() => window.receivedSummaries))[0];
  assert.deepEqual(Object.keys(summary).sort(), ['completeness', 'dimensions', 'model', 'overall']);
  assert.equal(summary.dimensions.length, 6);
  assert.equal(summary.dimensions[0].stage, 1);  // (2 + 1) / 2 = 1.5
  assert.doesNotMatch(JSON.stringify(await page.evaluate(() => window.allMessages)), /Secret note/);
  const messages = await page.evaluate(() => window.allMessages);
  assert.ok(messages.every((m) => m.origin === new URL(tool.url).origin));

  const toolOrigin = new URL(tool.url).origin, partnerOrigin = new URL(partner.url).origin;
  assert.deepEqual(requests.filter((u) => !u.startsWith(toolOrigin) && !u.startsWith(partnerOrigin)), []);
  const fromFrame = requests.filter((u) => u.startsWith(toolOrigin)).map((u) => new URL(u).pathname).sort();
  assert.deepEqual(fromFrame, ['/embed.js', '/index.html', '/ladder.js', '/ladder.wasm']);
  await context.close();
});

test('a custom model named by data-model is used; an invalid one shows its problems and the default stays', async () => {
  let { frame, context } = await openPartner('custom.html');
  await frame.waitForFunction(() => window.ladder.results().model.id === 'mini');
  assert.equal((await frame.evaluate(() => window.ladder.results())).dimensions.length, 2);
  await context.close();

  ({ frame, context } = await openPartner('broken.html'));
  await frame.waitForFunction(() => window.ladder.ui().error !== '');
  const ui = await frame.evaluate(() => window.ladder.ui());
  assert.match(ui.error, /That model has problems/);
  assert.match(ui.error, /\/dimensions\/0\/categories\/0\/levels: expected exactly 4/);
  assert.equal((await frame.evaluate(() => window.ladder.results())).model.id, 'digital-services');
  await context.close();
});

test('every page carries a CSP, and a request to another origin from the tool is refused', async () => {
  for (const name of ['index.html', 'ladder-offline.html']) {
    assert.match(readFileSync(join(dist, name), 'utf8'), /http-equiv="Content-Security-Policy"/, name);
  }
  const { frame, context } = await openPartner();
  const outcome = await frame.evaluate(async (target) => {
    const violations = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    try {
      await fetch(target);
      return { fetched: true, violations };
    } catch (e) {
      await new Promise((r) => setTimeout(r, 50));
      return { fetched: false, violations };
    }
  }, partner.url + 'index.html');
  assert.equal(outcome.fetched, false);
  assert.deepEqual(outcome.violations, ['connect-src']);
  await context.close();
});
