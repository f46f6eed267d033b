// Journey: who is who on the Team screen. Members are told apart by the id in their files, not
// by name: two people called Maria are both counted, the second shown as "Maria (2)"; Maria's
// corrected file (same id, saved later) replaces her first one, and the page says so. An
// assessment started on the page gets its 128-bit id from the browser's crypto generator.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { click, dropFiles, idle, journey, openLadder, runCli, screen, screenshot, ui, useBrowserAndSite } from './helpers.mjs';

const env = useBrowserAndSite();

const team = async (page) => {
  await idle(page);
  return page.evaluate(() => window.ladder.team());
};

const heard = async (page) => {
  await idle(page);
  return page.locator('body').ariaSnapshot();
};

// A member's file as the page writes it: an id, a save time, a level everywhere.
function memberFile(file, respondent, id, updated, level) {
  const a = JSON.parse(runCli(['template']));
  a.team = 'Unidad Digital';
  a.respondent = respondent;
  if (id) a.id = id;
  a.created = '2026-11-01T09:00:00Z';
  a.updated = updated;
  for (const key of Object.keys(a.answers)) a.answers[key].level = level;
  return { name: file, text: JSON.stringify(a) };
}

test('two Marias are both counted, and a member\'s newer file replaces the older one with a notice', async (tc) => {
  const { page, errors } = await openLadder(tc, env.browser, env.site.url);
  const step = journey(tc);
  const mariaId = '0123456789abcdef0123456789abcdef';
  const otherMaria = 'fedcba9876543210fedcba9876543210';

  await step('two people called Maria are both counted and told apart', async () => {
    await click(page, 'nav-team');
    assert.equal(await screen(page), 'team');
    await dropFiles(page, [memberFile('maria.json', 'Maria', mariaId, '2026-11-02T09:00:00Z', 0),
      memberFile('maria-garcia.json', 'Maria', otherMaria, '2026-11-02T10:00:00Z', 2)]);
    const t = await team(page);
    assert.deepEqual(t.respondents, ['Maria', 'Maria (2)']);
    assert.deepEqual(t.duplicates, []);
    const n = t.categories.map((c) => c.n);
    assert.ok(n.every((count) => count === 2), 'both Marias\' answers count');
    const text = await heard(page);
    assert.match(text, /paragraph: Maria\n/);
    assert.match(text, /paragraph: Maria \(2\)\n/);
    assert.match(text, /People in this exercise \(2\)/);
  });

  await step('Maria\'s corrected file replaces her first one, and the page says so', async () => {
    await dropFiles(page, [memberFile('maria-fixed.json', 'Maria', mariaId, '2026-11-03T08:00:00Z', 3)]);
    assert.equal((await ui(page)).toast, 'Maria: this newer file replaces the one added before');
    const t = await team(page);
    assert.deepEqual(t.respondents, ['Maria (2)', 'Maria']);
    assert.deepEqual(t.duplicates, [{ index: 0, respondent: 'Maria', same_as: 2, reason: 'newer' }]);
    assert.equal(t.categories[0].median, 2.5, 'the old answers (0) are gone: 2 and 3');
    const text = await heard(page);
    assert.match(text, /People in this exercise \(2\)/);
    assert.match(text, /An earlier file from this person: their newer file is counted instead\./);
    assert.match(text, /status: "?Maria: this newer file replaces the one added before/);
    await screenshot(page, 'team-identity-replaced');
  });

  await step('her old file again is not counted, and the toast says why', async () => {
    await dropFiles(page, [memberFile('maria-old.json', 'Maria', mariaId, '2026-11-01T08:00:00Z', 1)]);
    assert.equal((await ui(page)).toast, 'Maria: this file is older than the one already added, so it is not counted');
    assert.equal((await team(page)).respondents.length, 2);
  });

  await step('an assessment started on the page has a 128-bit id from the browser', async () => {
    await click(page, 'nav-welcome');
    await click(page, 'start-new');
    const a = await page.evaluate(() => window.ladder.getAssessment());
    assert.match(a.id, /^[0-9a-f]{32}$/);
    await click(page, 'nav-welcome');
    await click(page, 'start-new');
    const b = await page.evaluate(() => window.ladder.getAssessment());
    assert.match(b.id, /^[0-9a-f]{32}$/);
    assert.notEqual(a.id, b.id);
  });

  assert.deepEqual(errors, []);
});
