// A phone: a 390 x 844 touch screen. A swipe scrolls the content (and keeps gliding after a
// flick), never pressing what it starts on; a tap presses; a tap in a text field gives its
// mirror element the DOM focus inside the tap itself (what makes a phone open its keyboard);
// and every target is at least 44 x 44 CSS px.
//
// The finger is Chromium's own touch input (CDP Input.dispatchTouchEvent), so the page gets
// the pointer events a phone's browser sends (pointerType "touch"). Each event carries a
// timestamp, which becomes the event's timeStamp in the page: the speed of a swipe is set by
// the test, not by how fast the machine happens to be. A context with hasTouch (and isMobile)
// makes headless Chromium report "(pointer: coarse)", as a phone does; the first test checks
// that, because the 44 px sizes depend on it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertTargetSizes, idle, journey, measureTargets, openLadder, runCli, screenshot, useBrowserAndSite, widget,
  widgets }
  from './helpers.mjs';

const env = useBrowserAndSite();
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };
const TOP_BAR = 60;  // where page content can be touched: below the top bar
const MIN = 44;

// One finger on the page. Times are in milliseconds from the finger's first touch.
async function finger(page) {
  const cdp = await page.context().newCDPSession(page);
  const start = Date.now() / 1000;
  let last = 0;
  const send = (type, points, at) => {
    last = at;
    return cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points, timestamp: start + at / 1000 });
  };
  return {
    down: (x, y, at = last) => send('touchStart', [{ x, y }], at),
    move: (x, y, at) => send('touchMove', [{ x, y }], at),
    up: (at) => send('touchEnd', [], at),
    now: () => last,
  };
}

// A swipe from (x, from) to (x, to) in `steps` moves over `ms` milliseconds; with `rest`, the
// finger stays still that long before it lifts (no glide), otherwise it lifts moving (a flick).
// `beforeLift` runs while the finger is still down, after the app has drawn the moves.
async function swipe(page, x, from, to, { steps = 10, ms = 300, rest = 200, beforeLift } = {}) {
  const f = await finger(page);
  await f.down(x, from, 0);
  for (let i = 1; i <= steps; ++i) await f.move(x, from + ((to - from) * i) / steps, (ms * i) / steps);
  await idle(page);
  if (beforeLift) await beforeLift();
  await f.up(f.now() + rest);
  await idle(page);  // a glide is work for idle(): this waits until it has stopped
}

// A tap: down and up at one point.
async function tap(page, x, y) {
  const f = await finger(page);
  await f.down(x, y, 0);
  await f.up(80);
  await idle(page);
}

const centre = (w) => [w.rect.x + w.rect.w / 2, w.rect.y + w.rect.h / 2];
const inView = (w, height) => w.rect.y >= TOP_BAR && w.rect.y + w.rect.h <= height;

// Swipes (slowly, no glide) until the page widget `id` is fully in view, then taps its centre.
async function tapWidget(page, id) {
  const height = page.viewportSize().height;
  let w = await widget(page, id);
  for (let i = 0; !inView(w, height); ++i) {
    if (i === 12) throw new Error(`"${id}" still out of view after ${i} swipes (y ${w.rect.y})`);
    const wanted = w.rect.y + w.rect.h / 2 - height / 2;  // positive: the content must move up
    const distance = Math.sign(wanted) * Math.min(Math.abs(wanted), 300);
    await swipe(page, 195, 450 + distance / 2, 450 - distance / 2);
    w = await widget(page, id);
  }
  await tap(page, ...centre(w));
  return w;
}

// Taps the text field `id` and returns which element had the DOM focus when the tap's
// pointerup had been handled (a listener added after the app's runs after it): a phone opens
// its keyboard only for a focus() made there, not for one made in a later frame.
async function tapField(page, id) {
  await page.evaluate(() => {
    window.focusInTap = null;
    document.getElementById('canvas').addEventListener('pointerup', () => {
      window.focusInTap = document.activeElement.getAttribute('data-ladder-id');
    }, { once: true });
  });
  await tapWidget(page, id);
  return page.evaluate(() => window.focusInTap);
}

async function answer(page, category) {
  return (await page.evaluate(() => window.ladder.getAssessment())).answers[category] ?? {};
}

// The Assess screen on its first question, reached by taps on the narrow layout's menu.
async function openAssess(page) {
  await tap(page, ...centre(await widget(page, 'nav-menu')));
  await tap(page, ...centre(await widget(page, 'nav-assess')));
  assert.equal((await page.evaluate(() => window.ladder.ui())).screen, 'assess');
}

test('a phone reports a coarse pointer, and the app draws for it', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url, PHONE);
  assert.equal(await page.evaluate(() => matchMedia('(pointer: coarse)').matches), true,
    'Chromium with hasTouch reports (pointer: coarse); without it the 44 px sizes are not used');
  const team = await widget(page, 'team-name');
  assert.ok(team.rect.h >= MIN, `a text field is ${team.rect.h} px tall`);
});

test('swipes scroll and glide, taps press, on a 390 x 844 touch screen', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url, PHONE);
  const height = page.viewportSize().height;
  const step = journey(t);
  let category = '';

  await step('the menu and a screen are chosen by taps', async () => {
    await openAssess(page);
    category = (await page.evaluate(() => window.ladder.ui())).category;
    assert.ok(category, 'a question is open');
  });

  await step('a swipe moves the content with the finger and presses nothing', async () => {
    const start = await widget(page, 'level-1');
    assert.ok(inView(start, height), 'the second level card is on the screen');
    const before = await widget(page, 'next');
    const [x, y] = centre(start);
    const distance = 240;
    await swipe(page, x, y, y - distance, {
      beforeLift: async () => {
        const during = await widget(page, 'next');
        assert.ok(Math.abs(before.rect.y - during.rect.y - distance) <= 2,
          `while the finger is down the content moved ${before.rect.y - during.rect.y} px for a ${distance} px swipe`);
      },
    });
    const after = await widget(page, 'next');
    assert.ok(Math.abs(before.rect.y - after.rect.y - distance) <= 2,
      `a slow swipe of ${distance} px moved the content ${before.rect.y - after.rect.y} px`);
    // The swipe began on a level card: it did not choose it, nor change the question.
    assert.equal((await answer(page, category)).level ?? null, null, 'no level was chosen by the swipe');
    assert.equal((await page.evaluate(() => window.ladder.ui())).category, category);
  });

  await step('a short swipe on a card does not choose it either', async () => {
    const card = await widget(page, 'level-2');
    const [x, y] = centre(card);
    await swipe(page, x, y, y - 20, { steps: 4 });
    assert.equal((await answer(page, category)).level ?? null, null, 'a 20 px swipe is a scroll, not a tap');
  });

  await step('a flick keeps scrolling after the finger lifts, and stops by itself', async () => {
    const before = await widget(page, 'next');
    const distance = 150;
    // 150 px in 60 ms, lifted while moving: 2.5 px per ms at release.
    await swipe(page, 195, 600, 600 - distance, { steps: 6, ms: 60, rest: 10 });
    const after = await widget(page, 'next');
    const moved = before.rect.y - after.rect.y;
    assert.ok(moved > distance * 2, `a ${distance} px flick moved the content ${moved} px in all`);
  });

  await step('a flick back down glides to the top and stops there', async () => {
    await swipe(page, 195, 200, 700, { steps: 5, ms: 50, rest: 5 });
    await swipe(page, 195, 200, 700, { steps: 5, ms: 50, rest: 5 });
    const before = await widget(page, 'level-0');
    assert.ok(inView(before, height), `the first card is back in view (y ${before.rect.y})`);
    await swipe(page, 195, 300, 500);
    assert.equal((await widget(page, 'level-0')).rect.y, before.rect.y, 'at the top, a swipe down moves nothing');
  });

  await step('taps answer a level and a target below the fold', async () => {
    const level = await widget(page, 'level-3');
    const target = await widget(page, 'target-3');
    assert.ok(level.rect.y + level.rect.h > height && target.rect.y > height,
      `level 3 (y ${level.rect.y}) and target 3 (y ${target.rect.y}) start below the screen`);
    await tapWidget(page, 'level-3');
    assert.equal((await answer(page, category)).level, 3);
    await tapWidget(page, 'target-3');
    assert.equal((await answer(page, category)).target, 3);
    const radios = await page.evaluate(() => ['level-3', 'target-3'].map((id) =>
      document.querySelector(`#ladder-mirror [data-ladder-id="${id}"]`).checked));
    assert.deepEqual(radios, [true, true], 'the mirror radios are checked');
  });

  await step('a tap in the notes field focuses its textarea inside the tap, and typing goes there', async () => {
    assert.equal(await tapField(page, 'note'), 'note', 'the textarea had the focus when the pointerup ended');
    const focused = await page.evaluate(() => [document.activeElement.tagName, document.activeElement.getAttribute('data-ladder-id')]);
    assert.deepEqual(focused, ['TEXTAREA', 'note']);
    await page.keyboard.insertText('Agreed with the board');
    await idle(page);
    assert.equal((await answer(page, category)).note, 'Agreed with the board');
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('data-ladder-id')), 'note', 'the field keeps the focus');
  });

  await step('a swipe that starts in the notes field scrolls the page, and the field keeps the focus', async () => {
    const before = await widget(page, 'next');
    const [x, y] = centre(await widget(page, 'note'));
    await swipe(page, x, y, y - 100);
    const after = await widget(page, 'next');
    assert.ok(before.rect.y - after.rect.y > 90, `the page moved ${before.rect.y - after.rect.y} px`);
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('data-ladder-id')), 'note');
  });

  await step('a tap on Next opens the next question', async () => {
    await tapWidget(page, 'next');
    assert.notEqual((await page.evaluate(() => window.ladder.ui())).category, category, 'Next was tapped');
  });
});

test('a tap in a one-line field on Welcome focuses its input', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url, PHONE);
  assert.equal(await tapField(page, 'team-name'), 'team-name', 'the input had the focus when the pointerup ended');
  const focused = await page.evaluate(() => [document.activeElement.tagName, document.activeElement.getAttribute('data-ladder-id')]);
  assert.deepEqual(focused, ['INPUT', 'team-name']);
  await page.keyboard.insertText('Digital team');
  await idle(page);
  const field = (await widgets(page)).find((w) => w.id === 'team-name');
  assert.equal(field.state, 'Digital team');
});

test('a long text field scrolls under the finger first, then hands the rest to the page', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url, PHONE);
  // A 30-line note on every question (loading it opens Results), then Assess.
  const long = Array.from({ length: 30 }, (_, i) => `Line ${i + 1}`).join('\n');
  const file = JSON.parse(runCli(['template']));
  for (const id of Object.keys(file.answers)) file.answers[id].note = long;
  assert.equal((await page.evaluate((text) => window.ladder.loadAssessment(text), JSON.stringify(file))).ok, true);
  await idle(page);
  await openAssess(page);
  await tapWidget(page, 'note');  // brings the field to the middle of the screen (and edits it)
  const note = await widget(page, 'note');
  const [x, y] = centre(note);
  assert.ok(y > 400, `the field is low enough for a 300 px swipe (y ${y})`);
  // 30 lines in a field a few lines tall: more than 300 px to scroll inside it.
  const page0 = (await widget(page, 'next')).rect.y;
  await swipe(page, x, y, y - 300);
  const page1 = (await widget(page, 'next')).rect.y;
  assert.equal(page1, page0, 'the field took the whole swipe: the page did not move');
  // The field has less than 300 px left: the rest of this swipe moves the page.
  await swipe(page, x, y, y - 300);
  const page2 = (await widget(page, 'next')).rect.y;
  assert.ok(page1 - page2 > 0 && page1 - page2 < 300, `the page moved ${page1 - page2} px of a 300 px swipe`);
});

test('a finger held still presses: it drags a slider', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url, PHONE);
  await tap(page, ...centre(await widget(page, 'nav-menu')));
  await tap(page, ...centre(await widget(page, 'nav-settings')));
  const slider = await widget(page, 'text-size');
  assert.equal(slider.state, '100');
  const y = slider.rect.y + slider.rect.h / 2;
  const f = await finger(page);
  await f.down(slider.rect.x + 22, y, 0);  // on the grab, at 100 %
  // Held still, the finger becomes a press: ImGui's focus, and so the DOM's, goes to the slider.
  await page.waitForFunction(() => document.activeElement.getAttribute('data-ladder-id') === 'text-size');
  for (let i = 1; i <= 5; ++i) await f.move(slider.rect.x + 22 + (slider.rect.w * i) / 5, y, 600 + i * 50);
  await idle(page);
  await f.up(1000);
  await idle(page);
  assert.equal((await widget(page, 'text-size')).state, '200', 'dragged to the right end: 200 %');
});

test('every target on Welcome, Assess and Results is at least 44 x 44 CSS px with a finger', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url, PHONE);
  await screenshot(page, 'touch-welcome');
  assertTargetSizes('welcome', await measureTargets(page), MIN);
  await openAssess(page);
  await screenshot(page, 'touch-assess');
  assertTargetSizes('assess', await measureTargets(page), MIN);
  await tap(page, ...centre(await widget(page, 'nav-menu')));
  await tap(page, ...centre(await widget(page, 'nav-results')));
  await screenshot(page, 'touch-results');
  assertTargetSizes('results', await measureTargets(page), MIN);
  // The mirror's elements are where a screen reader's finger lands: the same sizes.
  const small = await page.evaluate((min) => [...document.querySelectorAll('#ladder-mirror button, #ladder-mirror input, #ladder-mirror textarea')]
    .map((el) => [el.getAttribute('data-ladder-id'), el.getBoundingClientRect()])
    .filter(([, r]) => r.width < min - 0.5 || r.height < min - 0.5)
    .map(([id, r]) => `${id} ${r.width}x${r.height}`), MIN);
  assert.deepEqual(small, [], 'mirror elements under 44 px on Results');
});

test('a tap on Menu opens the sections under the bar, at the button\'s edge, and a tap on one goes there', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url, PHONE);
  const menu = await widget(page, 'nav-menu');
  const hand = await finger(page);
  await hand.down(menu.rect.x + menu.rect.w / 2, menu.rect.y + menu.rect.h / 2, 0);
  await hand.up(40);
  await idle(page);
  assert.equal((await widget(page, 'nav-menu')).state, 'expanded');
  const sections = (await widgets(page)).filter((w) => w.id.startsWith('nav-') && w.id !== 'nav-menu' && w.id !== 'nav-language');
  assert.equal(sections.length, 7);
  for (const w of sections) {
    assert.ok(w.rect.y >= menu.rect.y + menu.rect.h - 1, `${w.id} is under the bar (${w.rect.y})`);
    assert.ok(w.rect.x + w.rect.w <= menu.rect.x + menu.rect.w + 1, `${w.id} ends under the button's right edge`);
  }
  const settings = sections.find((w) => w.id === 'nav-settings');
  await hand.down(settings.rect.x + settings.rect.w / 2, settings.rect.y + settings.rect.h / 2, 100);
  await hand.up(140);
  await idle(page);
  assert.equal((await page.evaluate(() => window.ladder.ui())).screen, 'settings');
});
