// Journey: a partner organisation embeds Ladder with one script tag. The tool runs in a
// sandboxed frame from its own origin; the partner page (another origin) can read nothing of
// it, receives nothing until the user presses "Share summary", and then only the summary.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { dist, idle, ready, root, runCli, screenshot, startBrowser, startServer, widget, widgets } from './helpers.mjs';

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
  writeFileSync(join(partnerDir, 'spanish.html'), page('data-lang="es" data-model="models/mini.json"'));
  writeFileSync(join(partnerDir, 'spanish-default.html'), page('data-lang="es"'));
  // A partner page with links of its own before and after the tool, for the keyboard.
  writeFileSync(join(partnerDir, 'links.html'), page('data-height="auto"')
    .replace('<h1>', '<a id="before" href="#before">Before the tool</a><h1>')
    .replace('<h2>What we received</h2>', '<a id="after" href="#after">After the tool</a><h2>What we received</h2>'));
  // The README's embed example exactly as written, with the tool's address put in.
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const example = readme.match(/\n( {6}<a class="ladder-embed".*\n(?: {6}.*\n)+)/)[1].replaceAll('https://tool.example/ladder/', tool.url);
  writeFileSync(join(partnerDir, 'readme.html'), page('data-height="auto"').replace(
    new RegExp(`<a class="ladder-embed" href="${tool.url}index.html">.*\\n\\s*<script src="${tool.url}embed.js" data-height="auto" async></script>`),
    example));
  partner = await startServer(partnerDir);
});
after(async () => {
  await browser?.close();
  tool?.server.close();
  partner?.server.close();
});

// Opens a partner page in a new context (closed when the test `t` ends) and waits until the
// tool in its frame is ready and idle, and the frame has taken the height the tool reported.
async function openPartner(t, name = '') {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  t.after(() => context.close());
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  await page.goto(partner.url + name);
  const handle = await page.waitForSelector('iframe');
  const frame = await handle.contentFrame();
  await frame.waitForFunction(() => window.ladder && window.ladder.ready);
  await ready(frame);
  await delivered(page, frame);
  return { context, page, frame, handle, requests };
}

// Waits until every message the tool has posted to the partner page so far has arrived: once
// idle, the frame posts a marker of the test's own, and messages from one window to another
// arrive in the order sent.
async function delivered(page, frame) {
  await idle(frame);
  const n = await frame.evaluate(() => {
    window.markers = (window.markers || 0) + 1;
    window.parent.postMessage({ type: 'test-marker', n: window.markers }, '*');
    return window.markers;
  });
  await page.waitForFunction((k) => allMessages.some((m) => m.data.type === 'test-marker' && m.data.n === k), n);
}

const fromTool = (page) => page.evaluate(() => allMessages.filter((m) => m.data.type !== 'test-marker'));
const resizes = async (page) => (await fromTool(page)).filter((m) => m.data.type === 'resize').map((m) => m.data.height);

// Clicks a widget inside the frame, scrolling the partner page so that it is visible. The
// frame follows its content's height through messages: wait until it is tall enough to show
// the widget before clicking it.
async function clickIn(page, frame, handle, id) {
  let w = await widget(frame, id);
  await page.waitForFunction((bottom) => document.querySelector('iframe').offsetHeight >= bottom, w.rect.y + w.rect.h);
  w = await widget(frame, id);  // the frame's canvas has taken the new height
  await page.evaluate((y) => window.scrollTo(0, y), (await handle.boundingBox()).y + w.rect.y - 200 + (await page.evaluate(() => scrollY)));
  const box = await handle.boundingBox();
  await page.mouse.click(box.x + w.rect.x + w.rect.w / 2, box.y + w.rect.y + w.rect.h / 2);
  await idle(frame);
}

test('the frame is sandboxed, titled, sized to its content, and its storage is out of reach', async (t) => {
  const { page, frame, handle } = await openPartner(t);
  const attrs = await handle.evaluate((f) => ({ sandbox: f.getAttribute('sandbox'), title: f.title, height: f.offsetHeight,
    reported: allMessages.filter((m) => m.data.type === 'resize').map((m) => m.data.height).at(-1) }));
  assert.equal(attrs.sandbox, 'allow-scripts allow-same-origin allow-downloads allow-modals');
  assert.match(attrs.title, /Ladder/);
  assert.equal(attrs.height, Math.max(320, Math.ceil(attrs.reported)), 'the frame took the height the tool reported');
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
});

test('the frame reports its height again when the partner asks with request-resize', async (t) => {
  const { page, frame } = await openPartner(t);
  const before = await resizes(page);
  assert.ok(before.length > 0, 'the frame has reported its height once already');
  // A message that is not the protocol's is ignored; the request after it is answered. The
  // frame handles messages in the order sent, so when the answer has arrived the ignored one
  // has had its turn: exactly one new resize means only the real request was answered.
  await page.evaluate((origin) => {
    const target = document.querySelector('iframe').contentWindow;
    target.postMessage({ protocol: 'something-else', version: 1, type: 'request-resize' }, origin);
    target.postMessage({ protocol: 'ladder-embed', version: 1, type: 'request-resize' }, origin);
  }, new URL(tool.url).origin);
  await page.waitForFunction((n) => allMessages.filter((m) => m.data.type === 'resize').length > n, before.length);
  await delivered(page, frame);
  const after = await resizes(page);
  assert.equal(after.length, before.length + 1, 'one answer, to the request-resize only');
  assert.equal(after.at(-1), before.at(-1), 'the same content, the same height');
  const frameHeight = await page.evaluate(() => document.querySelector('iframe').offsetHeight);
  assert.equal(frameHeight, Math.max(320, Math.ceil(after.at(-1))));
});

test('nothing reaches the partner before Share; after it, exactly the summary', async (t) => {
  const { page, frame, handle, requests } = await openPartner(t);
  await clickIn(page, frame, handle, 'start-new');
  await clickIn(page, frame, handle, 'level-2');
  await clickIn(page, frame, handle, 'note');
  await page.keyboard.type('Secret note the partner must never see');
  await idle(frame);
  await clickIn(page, frame, handle, 'next');
  await clickIn(page, frame, handle, 'level-1');
  await clickIn(page, frame, handle, 'nav-results');
  await delivered(page, frame);
  const before = await fromTool(page);
  assert.ok(before.every((m) => m.data.type === 'resize'), 'only size messages before sharing');
  assert.equal(await page.evaluate(() => window.receivedSummaries), undefined);

  const share = await widget(frame, 'share');
  assert.equal(share.label, `Share summary with ${new URL(partner.url).origin}`);
  await clickIn(page, frame, handle, 'share');
  await page.waitForFunction(() => window.receivedSummaries && window.receivedSummaries.length === 1);
  const summary = (await page.evaluate(() => window.receivedSummaries))[0];
  assert.deepEqual(Object.keys(summary).sort(), ['answers_needed', 'completeness', 'dimensions', 'model', 'overall', 'provisional']);
  assert.equal(summary.provisional, true);  // 2 of 24 answered: 12 are needed for a stage to rely on
  assert.equal(summary.answers_needed, 10);
  assert.equal(summary.dimensions.length, 6);
  assert.equal(summary.dimensions[0].stage, 1);  // (2 + 1) / 2 = 1.5
  await delivered(page, frame);
  const messages = await fromTool(page);
  assert.doesNotMatch(JSON.stringify(messages), /Secret note/);
  assert.ok(messages.every((m) => m.origin === new URL(tool.url).origin));

  const toolOrigin = new URL(tool.url).origin, partnerOrigin = new URL(partner.url).origin;
  assert.deepEqual(requests.filter((u) => !u.startsWith(toolOrigin) && !u.startsWith(partnerOrigin)), []);
  const fromFrame = requests.filter((u) => u.startsWith(toolOrigin)).map((u) => new URL(u).pathname).sort();
  assert.deepEqual(fromFrame, ['/embed.js', '/index.html', '/ladder.js', '/ladder.wasm']);
});

test('a custom model named by data-model is used; an invalid one shows its problems and the default stays', async (t) => {
  await t.test('a valid model is loaded and used', async (st) => {
    const { frame } = await openPartner(st, 'custom.html');
    // idle() covers the model's fetch: by now it has been read and applied.
    const results = await frame.evaluate(() => window.ladder.results());
    assert.equal(results.model.id, 'mini');
    assert.equal(results.dimensions.length, 2);
  });
  await t.test('an invalid model is explained and the default model stays', async (st) => {
    const { frame } = await openPartner(st, 'broken.html');
    const ui = await frame.evaluate(() => window.ladder.ui());
    assert.match(ui.error, /That model has problems/);
    assert.match(ui.error, /\/dimensions\/0\/categories\/0\/levels: expected exactly 4/);
    assert.equal((await frame.evaluate(() => window.ladder.results())).model.id, 'digital-services');
  });
});

// What data-lang does today: it reaches the frame as ?lang=, and chooses the language of the
// model's texts when the model has that language (the mini model has Spanish; the default
// model has only English, so English is used). The interface's own words exist in English
// only, so <html lang> stays "en" whatever data-lang says.
test('data-lang reaches the frame: the interface, <html lang> and the model texts follow it', async (t) => {
  const miniAssessment = async (frame) => {
    await frame.evaluate(() => {
      window.ladder.setAnswer('a1', 3);
      window.ladder.setAnswer('a2', 0);  // its next step has a Spanish text in the mini model
    });
    await idle(frame);
    return frame.evaluate(() => window.ladder.getAssessment());
  };
  const spanishInterface = async (frame) => {
    assert.equal(await frame.evaluate(() => document.documentElement.lang), 'es');
    assert.ok((await widgets(frame)).some((w) => w.id === 'nav-results' && w.label === 'Resultados'), 'interface words in Spanish');
  };

  await t.test('with a model that has Spanish', async (st) => {
    const { frame } = await openPartner(st, 'spanish.html');
    assert.equal(new URL(frame.url()).searchParams.get('lang'), 'es');
    await spanishInterface(frame);
    const assessment = await miniAssessment(frame);
    const results = await frame.evaluate(() => window.ladder.results());
    const cli = (...lang) => JSON.parse(runCli(['score', ...lang, '--model', join(root, 'tests/data/mini-model.json'), '-'],
      JSON.stringify(assessment)));
    assert.deepEqual(results, cli('--lang', 'es'));
    assert.ok(results.next_steps.some((s) => s.text === 'a2 paso 0 a 1'), 'the Spanish next step');
    assert.notDeepEqual(results, cli(), 'not the English texts');
  });

  await t.test('with the default model, whose Spanish texts come with the language', async (st) => {
    const { frame } = await openPartner(st, 'spanish-default.html');
    assert.equal(new URL(frame.url()).searchParams.get('lang'), 'es');
    await spanishInterface(frame);
    await frame.evaluate(() => window.ladder.setAnswer('executive-sponsorship', 1));
    await idle(frame);
    const results = await frame.evaluate(() => window.ladder.results());
    const assessment = await frame.evaluate(() => window.ladder.getAssessment());
    assert.deepEqual(results, JSON.parse(runCli(['score', '--lang', 'es', '-'], JSON.stringify(assessment))));
    assert.notDeepEqual(results, JSON.parse(runCli(['score', '-'], JSON.stringify(assessment))), 'not the English texts');
  });
});

test('every page carries a CSP, and a request to another origin from the tool is refused', async (t) => {
  for (const name of ['index.html', 'ladder-offline.html']) {
    assert.match(readFileSync(join(dist, name), 'utf8'), /http-equiv="Content-Security-Policy"/, name);
  }
  const { frame } = await openPartner(t);
  await frame.evaluate(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective));
  });
  const fetched = await frame.evaluate(async (target) => {
    try {
      await fetch(target);
      return true;
    } catch (e) {
      return false;
    }
  }, partner.url + 'index.html');
  assert.equal(fetched, false);
  // The violation is reported as its own event, after the refusal: wait for it.
  await frame.waitForFunction(() => window.violations.length > 0);
  assert.deepEqual(await frame.evaluate(() => window.violations), ['connect-src']);
});

test('the frame never takes the focus by itself; Tab goes from the partner\'s links through the tool and out again', async (t) => {
  const { page, frame } = await openPartner(t, 'links.html');
  // Loaded and idle: the partner page still has its focus (nothing inside the frame took it).
  assert.equal(await page.evaluate(() => document.activeElement === document.body), true, 'the partner page keeps its focus');
  assert.equal(await frame.evaluate(() => document.hasFocus()), false, 'the tool did not take the focus');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'before');
  // Into the tool: its first widget, with ImGui's focus on it too.
  await page.keyboard.press('Tab');
  await idle(frame);
  const first = await frame.evaluate(() => [document.activeElement.getAttribute('data-ladder-id'),
    (window.ladder.widgets().find((w) => w.focused) || {}).id]);
  assert.equal(first[0], 'nav-welcome');
  assert.equal(first[1], 'nav-welcome');
  // And out of it again, to the partner's next link, within as many presses as it has stops.
  const stops = (await frame.evaluate(() => window.ladder.widgets())).filter((w) => !['heading', 'img'].includes(w.role)).length;
  let presses = 0;
  while (await page.evaluate(() => document.activeElement.id) !== 'after') {
    assert.ok(++presses <= stops + 1, `Tab did not leave the tool after ${presses} presses (${stops} stops)`);
    await page.keyboard.press('Tab');
    await idle(frame);
  }
  await page.keyboard.press('Shift+Tab');
  await idle(frame);
  assert.equal(await frame.evaluate(() => document.hasFocus()), true, 'Shift+Tab goes back into the tool');
});

test('the README\'s embed example works as written: its model is found and no error is shown', async (t) => {
  const { frame, requests } = await openPartner(t, 'readme.html');
  const model = requests.find((url) => url.endsWith('/models/digital-services.json'));
  assert.ok(model, 'the frame asked for the model the example names');
  assert.equal((await frame.evaluate(() => window.ladder.ui())).error, '', 'no error banner');
  assert.equal((await frame.evaluate(() => window.ladder.results())).model.id, 'digital-services');
});

test('a message that appears out of the partner\'s window is brought into view, and a toast appears by its action', async (t) => {
  const { page, frame, handle } = await openPartner(t);
  // A tall frame: the example assessment on Results.
  const example = readFileSync(join(root, 'core/models/example-assessment.json'), 'utf8');
  assert.equal((await frame.evaluate((text) => window.ladder.loadAssessment(text), example)).ok, true);
  await delivered(page, frame);
  await page.waitForFunction(() => document.querySelector('iframe').offsetHeight > 2 * innerHeight);
  // The partner page scrolled to the frame's end, far from its top where errors appear.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const seen = async (rect) => page.evaluate(({ top, height }) => {
    const frameTop = document.querySelector('iframe').getBoundingClientRect().top;
    return frameTop + top >= 0 && frameTop + top + height <= innerHeight;
  }, rect);
  const banner = async () => {
    const w = await widget(frame, 'error-dismiss');
    return { top: w.rect.y - 80, height: w.rect.h + 80 };
  };
  const showsBefore = (await fromTool(page)).filter((m) => m.data.type === 'show').length;
  await frame.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['{"format": "ladder-assessment", "version": 1'], 'broken.json', { type: 'application/json' }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }
  });
  await delivered(page, frame);
  const shows = (await fromTool(page)).filter((m) => m.data.type === 'show').slice(showsBefore);
  assert.equal(shows.length, 1, 'one show message for the error');
  assert.ok(shows[0].data.top < 400, `the error is at the top of the content (${shows[0].data.top})`);
  // The page scrolls (smoothly) until the error is in its window: wait for the banner itself
  // (the scroll may still be under way when the message's rectangle first fits), then check
  // the rectangle the frame asked for is in view too.
  await page.waitForFunction(({ top, height }) => {
    const frameTop = document.querySelector('iframe').getBoundingClientRect().top;
    return frameTop + top >= 0 && frameTop + top + height <= innerHeight;
  }, await banner());
  assert.ok(await seen(shows[0].data), 'the rectangle the frame asked to show is in view');
  await screenshot(page, 'embed-error-in-view');

  // Copy summary, at the end of Results: its confirmation is drawn next to it, not at the
  // bottom of the tall frame.
  await clickIn(page, frame, handle, 'error-dismiss');
  await clickIn(page, frame, handle, 'copy-summary');
  const button = (await widget(frame, 'copy-summary')).rect;
  const toast = await frame.evaluate(() => {
    const r = document.querySelector('[data-ladder-id="toast"] p').getBoundingClientRect();
    return { y: r.top, h: r.height };
  });
  assert.ok(Math.abs(toast.y - (button.y + button.h)) < 120 || Math.abs(button.y - (toast.y + toast.h)) < 120,
    `the toast (${toast.y}) is next to the button (${button.y})`);
  await delivered(page, frame);
  const last = (await fromTool(page)).filter((m) => m.data.type === 'show').at(-1).data;
  assert.ok(await seen(last), 'the toast is in the partner\'s window');
  await screenshot(page, 'embed-toast-by-action');
});

test('answers shared as a link to the partner\'s page open in its frame, after the question', async (t) => {
  // The link's payload as the page makes it: the file compressed as raw DEFLATE, in base64url.
  const sent = JSON.parse(readFileSync(join(root, 'core/models/example-assessment.json'), 'utf8'));
  const payload = deflateRawSync(Buffer.from(JSON.stringify(sent))).toString('base64url');
  const { frame } = await openPartner(t, `index.html#share=${payload}`);
  await frame.waitForFunction(() => window.ladder.ui().share.offered);
  await frame.locator('[data-ladder-id="shared-open"]').dispatchEvent('click');
  await idle(frame);
  const opened = await frame.evaluate(() => window.ladder.getAssessment());
  for (const [id, answer] of Object.entries(sent.answers)) assert.equal(opened.answers[id].level, answer.level, id);
  assert.equal((await frame.evaluate(() => window.ladder.ui())).share.offered, false);
});
