// axe-core over every screen and step a person can reach, in every theme Settings offers and
// at text sizes 100 % and 200 %: no violation of WCAG 2.0/2.1 A and AA, nor of axe's best
// practices, may be found on any of them.
//
// axe sees only the DOM: the accessibility mirror over the canvas and the page around it. It
// cannot see the canvas, so a clean run says the mirror is well-formed, not that it is
// complete; mirror.test.mjs checks what the mirror must contain.
//
// One page per theme and size walks the whole app once, from a fresh browser context (no
// reload between screens). A screen whose check fails is reported with every violation found
// there, and the walk goes on; a step that cannot be reached stops that theme and size.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { click, dist, dropFiles, idle, root, ui, widget, widgets, useBrowserAndSite } from './helpers.mjs';
import { formatViolations, ruleCounts, runAxe } from './axe.mjs';

const env = useBrowserAndSite();
const SIZES = [100, 200];

// Three members of one team, from the example assessment with their answers spread out, so the
// discussion has disagreements to list first.
function memberFiles() {
  const example = JSON.parse(readFileSync(join(root, 'core/models/example-assessment.json'), 'utf8'));
  const ids = Object.keys(example.answers);
  return ['Ana', 'Bo', 'Chen'].map((name, r) => {
    const file = structuredClone(example);
    file.respondent = name;
    ids.forEach((id, k) => {
      file.answers[id].level = (r * 2 + k) % 4;
      file.answers[id].dont_know = false;
    });
    return { name: `${name.toLowerCase()}.json`, text: JSON.stringify(file) };
  });
}

// A fresh context with the page loaded and idle. The page's Content-Security-Policy would
// refuse axe's injected script, hence bypassCSP (the policy itself is not under test here).
async function open(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.evaluate(() => window.ladder.ready);
  await idle(page);
  return { context, page, errors };
}

// Sets a Settings slider to its lowest or highest value: a click at its end.
async function slideTo(page, id, end) {
  const s = await widget(page, id);
  const x = end === 'max' ? s.rect.x + s.rect.w - 2 : s.rect.x + 2;
  await page.mouse.click(x, s.rect.y + s.rect.h / 2);
  await idle(page);
}

async function themesOffered(browser, url) {
  const { context, page } = await open(browser, url);
  try {
    await click(page, 'nav-settings');
    return (await widgets(page)).filter((w) => w.id.startsWith('theme-')).map((w) => w.id);
  } finally {
    await context.close();
  }
}

test('axe finds no WCAG 2.1 A/AA or best-practice violation on any screen, theme or text size', async (t) => {
  const themes = await themesOffered(env.browser, env.site.url);
  assert.ok(themes.length >= 2, `Settings offers themes: ${themes.join(', ')}`);
  const summary = [];

  for (const theme of themes) {
    for (const size of SIZES) {
      await t.test(`${theme}, text ${size} %`, async (tc) => {
        const { context, page, errors } = await open(env.browser, env.site.url);
        tc.after(() => context.close());

        // Runs axe on what is showing now, as a subtest named after the screen: its failure
        // lists every violation, and the walk continues.
        const check = async (name) => {
          await idle(page);
          const violations = await runAxe(page);
          summary.push({ theme, size, name, violations });
          await tc.test(name, () => {
            assert.equal(violations.length, 0,
              `${violations.length} axe rule(s) violated on "${name}" (${theme}, ${size} %):\n${formatViolations(violations)}`);
          });
        };
        const on = async (expected) => assert.equal((await ui(page)).screen, expected);

        await click(page, 'nav-settings');
        await click(page, theme);
        assert.equal((await widget(page, theme)).state, 'checked', `${theme} is chosen`);
        if (size !== 100) await slideTo(page, 'text-size', 'max');
        assert.equal((await widget(page, 'text-size')).state, String(size), `text size ${size} %`);
        await check('Settings');
        await click(page, 'clear-all');
        await widget(page, 'clear-yes');
        await check('Settings, clear all data? (confirmation)');
        await click(page, 'clear-cancel');

        await click(page, 'nav-welcome');
        await on('welcome');
        await check('Welcome');

        await click(page, 'example');
        await on('results');
        await check('Results (the example)');

        await click(page, 'nav-assess');
        await on('assess');
        const categories = (await widgets(page)).filter((w) => w.id.startsWith('side-')).map((w) => w.id);
        assert.ok(categories.length >= 2, 'the side list names the categories');
        const category = (id) => id.slice('side-'.length);
        if ((await ui(page)).category !== category(categories[0])) await click(page, categories[0]);
        assert.equal((await ui(page)).category, category(categories[0]));
        await check('Assess, first category');
        await click(page, categories.at(-1));
        assert.equal((await ui(page)).category, category(categories.at(-1)));
        await check('Assess, last category');

        await click(page, 'nav-team');
        await on('team');
        await check('Team, collect (empty)');
        await dropFiles(page, memberFiles());
        assert.equal((await page.evaluate(() => window.ladder.team())).respondents.length, 3, 'three members added');
        await check('Team, collect (three members)');
        await click(page, 'team-step-1');
        assert.equal((await ui(page)).team_step, 1);
        await check('Team, discuss');
        await click(page, 'hide-ratings');
        assert.equal((await page.evaluate(() => window.ladder.team())).hide_ratings, true);
        await check('Team, discuss, ratings hidden (reveal mode)');
        await click(page, 'projector-open');
        assert.equal((await ui(page)).projector, true);
        await check('Team, projector view');
        await click(page, 'projector-close');
        await click(page, 'team-step-2');
        assert.equal((await ui(page)).team_step, 2);
        await check('Team, agree the plan');

        await click(page, 'nav-saved');
        await on('saved');
        assert.ok((await widgets(page)).some((w) => w.id.startsWith('open-')), 'at least one saved entry');
        await check('My assessments (one assessment, one team exercise)');

        assert.deepEqual(errors, [], 'no page errors');
      });
    }
  }

  // One line per screen, theme and size, for the log (node --test prints diagnostics).
  for (const s of summary) {
    t.diagnostic(`${s.name} | ${s.theme} | ${s.size} % | ${s.violations.length ? ruleCounts(s.violations) : 'clean'}`);
  }
});

// The two other ways the app is delivered: the offline single file opened from disk, and a
// partner's page embedding it (the demo page, with the tool in its frame: axe runs in both).
test('axe finds no violation on the offline file and on the embedding demo page', async (t) => {
  for (const [name, url, frameSelector] of [
    ['the offline file, opened from disk', pathToFileURL(join(dist, 'ladder-offline.html')).href, null],
    ['the embed demo page with the tool in its frame', `${env.site.url}embed-demo.html`, 'iframe'],
  ]) {
    await t.test(name, async () => {
      const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
      try {
        const page = await context.newPage();
        await page.goto(url);
        const app = frameSelector ? await (await page.waitForSelector(frameSelector)).contentFrame() : page;
        await app.evaluate(() => window.ladder.ready);
        await idle(app);
        const violations = await runAxe(page);
        assert.equal(violations.length, 0, `${violations.length} axe rule(s) violated on ${name}:\n${formatViolations(violations)}`);
      } finally {
        await context.close();
      }
    });
  }
});

// The page before the program runs: the loading message (the program never arrives) and the
// message that it could not start (the program cannot be fetched).
test('axe finds no violation while the page loads, nor when the program cannot start', async (t) => {
  for (const [name, route, message] of [
    ['loading', () => {}, /^Loading/],  // never answered: the page stays loading
    ['the program could not be fetched', (r) => r.abort(), /could not start/],
  ]) {
    await t.test(name, async () => {
      const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
      try {
        const page = await context.newPage();
        await page.route('**/ladder.wasm', route);
        await page.goto(env.site.url, { waitUntil: 'domcontentloaded' });
        await page.waitForFunction((source) => new RegExp(source).test(document.getElementById('status-text').textContent),
          message.source);
        const violations = await runAxe(page);
        assert.equal(violations.length, 0, `${violations.length} axe rule(s) violated (${name}):\n${formatViolations(violations)}`);
      } finally {
        await context.close();
      }
    });
  }
});
