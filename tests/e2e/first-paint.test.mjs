// The page before its program runs: the first screen's heading, introduction and privacy
// promise are real HTML, in the visitor's language and theme, readable while the program
// downloads; the canvas takes over without moving anything; without JavaScript the page says
// what it needs. And the start-up itself: the program and the language's texts are each
// fetched once, early, and the page marks each stage of its start on the performance timeline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodePng, dist, idle, root, useBrowserAndSite, widgets } from './helpers.mjs';

const env = useBrowserAndSite();
const catalogue = (lang) => JSON.parse(readFileSync(join(root, `web/ui/catalogue/lang/${lang}.json`), 'utf8'));

// A page whose program never arrives (ladder.wasm is held), so what shows is the HTML alone.
async function withoutProgram(t, url, options = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  t.after(() => context.close());
  const page = await context.newPage();
  await page.route('**/ladder.wasm', () => {});
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return page;
}
const visibleText = (page, selector) => page.locator(selector).evaluate((el) => {
  const style = getComputedStyle(el);
  return style.display !== 'none' && style.visibility !== 'hidden' && el.getBoundingClientRect().height > 0 ? el.textContent : null;
});

test('before the program runs, the first screen is readable HTML: heading, introduction, privacy promise', async (t) => {
  const page = await withoutProgram(t, env.site.url);
  assert.equal(await visibleText(page, 'h1'), 'Where does your digital service team stand?');
  assert.match(await visibleText(page, '#status main'), /six dimensions/);
  assert.equal(await visibleText(page, '#privacy-title'), 'Your answers never leave this browser');
  assert.equal(await visibleText(page, '#status-text'), 'Loading Ladder…');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  // One main landmark, the heading in it, and a name for the privacy section.
  assert.equal(await page.getByRole('main').count(), 1);
  assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1);
  assert.equal(await page.getByRole('region', { name: 'Your answers never leave this browser' }).count(), 1);
});

test('the first screen is in the language the program will choose: ?lang=, the one picked last time, the browser\'s', async (t) => {
  for (const [name, url, options, init, lang] of [
    ['?lang=fr', `${env.site.url}?lang=fr`, {}, null, 'fr'],
    ['picked last time', env.site.url, {}, { language: 'et' }, 'et'],
    ['the browser\'s', env.site.url, { locale: 'es-AR' }, null, 'es'],
  ]) {
    await t.test(name, async (t) => {
      const page = await withoutProgram(t, env.site.url.replace(/\/$/, '/') + '404-first', options);
      if (init) await page.evaluate((state) => localStorage.setItem('ladder.v1.state', JSON.stringify(state)), init);
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      const texts = catalogue(lang);
      assert.equal(await visibleText(page, 'h1'), texts['welcome.title']);
      assert.equal(await visibleText(page, '#privacy-title'), texts['welcome.privacy_title']);
      assert.equal(await visibleText(page, '#status-text'), texts['page.loading']);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    });
  }
});

test('the first screen takes the theme and text size picked last time, else the browser\'s light or dark', async (t) => {
  const background = (page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const dark = await withoutProgram(t, env.site.url, { colorScheme: 'dark' });
  assert.equal(await background(dark), 'rgb(18, 22, 28)', 'the dark palette\'s background');
  const chosen = await withoutProgram(t, env.site.url, { colorScheme: 'dark' });
  await chosen.evaluate(() => localStorage.setItem('ladder.v1.state', JSON.stringify({ theme: 'light', theme_chosen: true, text_size: 150 })));
  await chosen.reload({ waitUntil: 'domcontentloaded' });
  assert.equal(await background(chosen), 'rgb(246, 245, 242)', 'the light palette, chosen over the browser\'s dark');
  assert.equal(await chosen.evaluate(() => getComputedStyle(document.documentElement).fontSize), '24px');
});

test('the program takes over from the HTML without any layout shift, and the HTML leaves the page', async (t) => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  t.after(() => context.close());
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(env.site.url);
  await page.evaluate(() => window.ladder.ready);
  assert.equal(await page.isVisible('#status'), false, 'the HTML first screen is hidden');
  assert.equal(await page.getByRole('main').count(), 1, 'one main: the mirror\'s');
  assert.equal(await page.evaluate(() => window.layoutShift), 0);
  // Each stage of the start-up is on the timeline, in order (make bench's breakdown reads them).
  // The page's steps (the downloads run beside them), then the program's, one after another;
  // the WebGL context is made only after the first screen was painted.
  const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])
    .concat(performance.getEntriesByType('paint').map((p) => [`ladder:${p.name}`, p.startTime]))));
  for (const stages of [['script', 'first-contentful-paint', 'shown', 'webgl-context', 'instantiated'], ['wasm-compiled', 'instantiated'],
                        ['js-loaded', 'instantiated', 'main', 'webgl', 'imgui', 'app', 'atlas', 'fonts', 'frame', 'screens', 'ui', 'drawn', 'first-frame']]) {
    for (const stage of stages) assert.ok(`ladder:${stage}` in marks, `mark ladder:${stage}`);
    for (let i = 1; i < stages.length; ++i) {
      assert.ok(marks[`ladder:${stages[i - 1]}`] <= marks[`ladder:${stages[i]}`], `${stages[i - 1]} before ${stages[i]}`);
    }
  }
});

test('the language\'s texts are asked for before the program runs, and only once', async (t) => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  t.after(() => context.close());
  const page = await context.newPage();
  const requests = [], encodings = {};
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  page.on('response', (r) => { encodings[new URL(r.url()).pathname] = r.headers()['content-encoding']; });
  await page.goto(`${env.site.url}?lang=fr`);
  await page.evaluate(() => window.ladder.ready);
  assert.deepEqual(requests.sort(), ['/', '/lang/fr.json', '/ladder.js', '/ladder.wasm'].sort());
  const order = await page.evaluate(() => {
    const started = (file) => performance.getEntriesByType('resource').find((r) => r.name.endsWith(file)).startTime;
    return { language: started('lang/fr.json'), program: performance.getEntriesByName('ladder:main')[0].startTime };
  });
  assert.ok(order.language < order.program, `fr.json asked for at ${order.language} ms, the program started at ${order.program} ms`);
  assert.equal(await page.evaluate(() => window.ladder.ui().language), 'fr');
  // Served as dist/README.txt asks: the brotli copies (shell/serve.mjs).
  for (const path of ['/', '/ladder.js', '/ladder.wasm', '/lang/fr.json']) assert.equal(encodings[path], 'br', path);
});

test('with JavaScript off, the page says in every language that it needs it, and shows no loading line', async (t) => {
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  t.after(() => context.close());
  const page = await context.newPage();
  await page.goto(env.site.url);
  assert.equal(await visibleText(page, 'h1'), 'Where does your digital service team stand?');
  for (const lang of ['en', 'es', 'fr', 'et']) {
    const expected = lang === 'en' ? 'Ladder needs JavaScript to run.' : catalogue(lang)['page.needs_script'].split('.')[0];
    assert.match(await page.locator(`noscript p[lang="${lang}"]`).textContent(), new RegExp(`^${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  }
  assert.equal(await page.locator('#status-text').isVisible(), false);
  assert.equal(await page.locator('#progress').isVisible(), false);
});

test('the offline file and the hosted page have the same first screen; only the hosted page preloads its program', () => {
  const hosted = readFileSync(join(dist, 'index.html'), 'utf8');
  const offline = readFileSync(join(dist, 'ladder-offline.html'), 'utf8');
  const firstScreen = (html) => html.slice(html.indexOf('<div id="status">'), html.indexOf('</div>\n<script>'));
  assert.match(firstScreen(hosted), /<h1 data-t="welcome.title">Where does your digital service team stand\?<\/h1>/);
  assert.equal(firstScreen(offline), firstScreen(hosted));
  assert.match(hosted, /<link rel="preload" href="ladder.wasm" as="fetch" type="application\/wasm" crossorigin>/);
  assert.doesNotMatch(offline, /rel="preload"/);
});

// The canvas as drawn by web/imgui_impl_webgl2.cpp: the page's background, the heading's text
// in the text colour (the font atlas sampled and blended), the primary button filled with the
// accent colour (shapes), each where the widget registry says it is.
test('the program draws the first screen: background, text from the font atlas, filled shapes, in the theme\'s colours', async (t) => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  t.after(() => context.close());
  const page = await context.newPage();
  await page.goto(env.site.url);
  await page.evaluate(() => window.ladder.ready);
  await idle(page);
  const shot = decodePng(await page.screenshot());
  const list = await widgets(page);
  const title = list.find((w) => w.role === 'heading' && w.level === 1), button = list.find((w) => w.id === 'start-new');
  const colours = (rect) => {
    const seen = [];
    for (let y = Math.ceil(rect.y); y < rect.y + rect.h; y += 2) {
      for (let x = Math.ceil(rect.x); x < rect.x + rect.w; x += 2) seen.push(shot.at(x, y));
    }
    return seen;
  };
  const near = (a, b) => a.every((v, i) => Math.abs(v - b[i]) <= 6);
  const background = [0xf6, 0xf5, 0xf2], text = [0x1d, 0x24, 0x30], accent = [0x24, 0x5f, 0xa8];
  assert.ok(near(shot.at(20, 780), background), `the background is ${shot.at(20, 780)}`);
  const inTitle = colours(title.rect);
  assert.ok(inTitle.filter((c) => near(c, text)).length > inTitle.length * 0.1, 'the heading has solid text pixels');
  assert.ok(inTitle.filter((c) => near(c, background)).length > inTitle.length * 0.3, 'and background between its letters');
  assert.ok(inTitle.some((c) => !near(c, text) && !near(c, background)), 'and edges blended between the two');
  const inButton = colours({ x: button.rect.x + 4, y: button.rect.y + 4, w: button.rect.w - 8, h: button.rect.h - 8 });
  assert.ok(inButton.filter((c) => near(c, accent)).length > inButton.length * 0.5, 'the primary button is filled with the accent colour');
});
