// The malformed-input corpus (tests/data/malformed/, expected.json) in the page: each file is
// dropped on an assessment in progress and must be refused by name with the same message
// ladder-cli prints (or opened, where Ladder accepts it on purpose), the open work must stay
// as it was, and the page must keep answering; loadAssessment() gets each text file's content
// and must answer {ok: false} with the same message. The web build has no exceptions, so an
// input that made the core abort would stop the whole page here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { click, dropFiles, idle, openLadder, root, ui, useBrowserAndSite } from './helpers.mjs';

const env = useBrowserAndSite();
const folder = join(root, 'tests/data/malformed');
const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8'));
const names = readdirSync(folder).filter((name) => name !== 'expected.json').sort();

// Content the page's API can take as a JavaScript string unchanged: valid UTF-8 without a
// byte-order mark or a NUL (the others are about bytes, which only a dropped file carries).
function asText(bytes) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return null;
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

test('every corpus file dropped on an assessment in progress is refused by name or opened, and the work stays', async (t) => {
  const { page, errors } = await openLadder(t, env.browser, env.site.url);
  await click(page, 'start-new');
  await click(page, 'level-2');
  const original = await page.evaluate(() => window.ladder.getAssessment());
  assert.ok(Object.values(original.answers).some((a) => a.level === 2), 'one question answered');
  assert.deepEqual(names.filter((name) => !expected[name]), [], 'every file is described in expected.json');

  for (const name of names) {
    const want = { ...expected[name], ...(expected[name].page ?? {}) };
    const bytes = readFileSync(join(folder, name));
    // An accepted file must leave no banner: the one from the file before goes first.
    if ((want.exit === 0 || want.screen) && (await ui(page)).error) await click(page, 'error-dismiss');
    await dropFiles(page, [{ name, bytes }]);  // waits until the page is idle
    const [state, now] = await page.evaluate(() => [window.ladder.ui(), window.ladder.getAssessment()]);
    if (want.exit === 0 || want.screen) {
      assert.equal(state.error, '', `${name}: accepted, no error`);
      assert.equal(state.screen, want.screen ?? 'results', `${name}: opened`);
      if (want.exit === 0 && want.message) assert.ok(state.toast.includes(want.message), `${name}: the toast says "${want.message}": ${state.toast}`);
      // Back to the work in progress.
      const back = await page.evaluate((a) => window.ladder.loadAssessment(a), original);
      assert.deepEqual(back, { ok: true, error: null }, `${name}: the original reopens`);
      await idle(page);
      assert.deepEqual(await page.evaluate(() => window.ladder.getAssessment()), original, `${name}: the original is open again`);
    } else {
      assert.ok(state.error.includes(name), `${name}: the banner names the file: ${state.error}`);
      assert.ok(state.error.includes(want.message), `${name}: the banner says "${want.message}": ${state.error}`);
      // The banner stays: the next file's error replaces it (checked by the name above).
      assert.deepEqual(now, original, `${name}: the open assessment is unchanged`);
    }
  }
  await click(page, 'error-dismiss');
  assert.equal((await ui(page)).error, '');
  assert.deepEqual(errors, []);
});

test('loadAssessment with each text file of the corpus answers {ok: false} with the same message, or opens it', async (t) => {
  const { page, errors } = await openLadder(t, env.browser, env.site.url);
  await click(page, 'start-new');
  await click(page, 'level-1');
  const original = await page.evaluate(() => window.ladder.getAssessment());
  const inputs = names.map((name) => ({ name, text: asText(readFileSync(join(folder, name))) })).filter((x) => x.text !== null);
  // One call into the page for them all: each text, then the original again where one opened.
  const replies = await page.evaluate(({ list, start }) => list.map(({ name, text }) => {
    const reply = window.ladder.loadAssessment(text);
    const screen = window.ladder.ui().screen;
    const back = reply.ok ? window.ladder.loadAssessment(start) : null;
    const same = JSON.stringify(window.ladder.getAssessment()) === JSON.stringify(start);
    return { name, reply, screen, back, same };
  }), { list: inputs, start: original });
  await idle(page);
  const texts = replies.length;
  for (const { name, reply, screen: shown, back, same } of replies) {
    const want = expected[name];
    // A model file switches the model through this call too: the page's own message applies.
    const message = want.page?.message ?? want.message;
    if (want.exit === 0) {
      assert.deepEqual(reply, { ok: true, error: null }, name);
      assert.equal(shown, 'results', `${name}: opened`);
      assert.deepEqual(back, { ok: true, error: null }, `${name}: the original reopens`);
    } else {
      assert.equal(reply.ok, false, `${name}: refused`);
      assert.ok(reply.error.includes(message), `${name}: "${message}" in ${reply.error}`);
    }
    assert.ok(same, `${name}: the open assessment is unchanged`);
  }
  assert.deepEqual(await page.evaluate(() => window.ladder.getAssessment()), original, 'still answering, with the work open');
  assert.ok(texts >= 60, `${texts} text files`);
  assert.deepEqual(errors, []);
});

test('more files in one drop than are read: the first ones are, and the page says so last', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  await click(page, 'nav-team');
  // Empty objects: each is read and refused quickly, so the test is about the count.
  const files = Array.from({ length: 503 }, (_, i) => ({ name: `member-${String(i).padStart(3, '0')}.json`, text: '{}' }));
  await dropFiles(page, files);
  const problems = (await ui(page)).team_problems;
  assert.equal(problems.length, 501, 'the 500 files read, each refused, then the note about the rest');
  assert.equal(problems.at(-1), '503 files came at once; Ladder reads at most 500 at a time. The first 500 were read: add the others in another go.');
  assert.equal(problems.filter((p) => p.startsWith('member-500.json') || p.startsWith('member-502.json')).length, 0);
});
