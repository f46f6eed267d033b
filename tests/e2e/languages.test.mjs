// Journeys in Spanish, Canadian French and Estonian: the browser's language picks the page's
// on the first visit; the first screen, the results and a report are in it; the language can be
// switched mid-assessment from the top bar without losing an answer, and is remembered; only the
// language in use is fetched; the offline file carries them all; the fonts draw every character.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { click, dist, downloadText, dropFiles, idle, openLadder, ready, reload, root, screen, screenshot, ui, useBrowserAndSite, widget, widgets } from './helpers.mjs';

const env = useBrowserAndSite();
const languageFile = (lang) => JSON.parse(readFileSync(join(dist, `lang/${lang}.json`), 'utf8'));

// What each locale must show, from the translation files themselves.
const CASES = [
  { locale: 'es-AR', lang: 'es', others: ['fr', 'et'] },  // es-MX is below: 1.11 with a point
  { locale: 'fr-CA', lang: 'fr', others: ['es', 'et'] },
  { locale: 'et-EE', lang: 'et', others: ['es', 'fr'] },
];

for (const { locale, lang, others } of CASES) {
  test(`a browser in ${locale} gets the first screen, the results and a report in its language`, async (t) => {
    const { page, requests, errors } = await openLadder(t, env.browser, env.site.url, { locale });
    const file = languageFile(lang);
    const texts = file.interface;
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.match(await page.title(), new RegExp(`^${texts['nav.welcome']}`));
    const headings = (await widgets(page)).filter((w) => w.role === 'heading').map((w) => w.label);
    assert.ok(headings.includes(texts['welcome.title']), `the welcome heading in ${lang}: ${headings.join(' | ')}`);
    assert.equal((await widget(page, 'nav-language')).label, { es: 'Español', fr: 'Français', et: 'Eesti' }[lang]);
    // Only this language's file was fetched, from the page's own origin.
    const fetched = requests.map((r) => new URL(r.url)).filter((u) => u.pathname.startsWith('/lang/')).map((u) => u.pathname);
    assert.deepEqual(fetched, [`/lang/${lang}.json`]);
    assert.ok(requests.every((r) => r.url.startsWith(env.site.url)), 'nothing from another origin');
    await screenshot(page, `lang-${lang}-welcome`);

    await click(page, 'example');
    await click(page, 'nav-results');
    assert.equal(await screen(page), 'results');
    const labels = (await widgets(page)).map((w) => w.label);
    assert.ok(labels.includes(texts['results.title']), `the results heading in ${lang}`);
    const model = file.models['digital-services'];
    const result = await page.evaluate(() => window.ladder.results());
    const stageId = result.overall.stage_id;
    const stageTitle = model.stages[stageId]?.title;
    assert.ok(stageTitle, `the stage ${stageId} has a title in ${lang}`);
    assert.ok(labels.some((l) => l.includes(stageTitle)), `the overall stage "${stageTitle}" is shown`);
    await screenshot(page, `lang-${lang}-results`);

    const report = await downloadText(page, 'download-html');
    assert.match(report.text, new RegExp(`<html lang="${lang}`));
    assert.ok(report.text.includes(model.title), `the report has the model's ${lang} title`);
    assert.ok(report.text.includes(stageTitle), `the report has the stage in ${lang}`);
    assert.ok(report.text.includes(`<h2>${file.messages['report.next_steps']}</h2>`), `the report's headings in ${lang}`);
    for (const other of others) assert.ok(!report.text.includes(languageFile(other).models['digital-services'].title));
    // Numbers in the locale: a decimal comma in all three (es-AR, fr-CA, et-EE), on screen (the
    // radar's description gives each dimension's score) and in the report (overall 1.11).
    const radar = (await widget(page, 'radar')).label;
    assert.match(radar, /\d,\d\d/, `the radar's scores with a decimal comma: ${radar}`);
    assert.doesNotMatch(radar, /\d\.\d\d/);
    assert.ok(report.text.includes('1,11'), 'and in the report');
    assert.deepEqual(errors, []);
  });
}

test('switching language mid-assessment keeps every answer and the screen, and is remembered', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url, { locale: 'en-US' });
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await click(page, 'start-new');
  await click(page, 'level-2');
  await click(page, 'next');
  await click(page, 'level-1');
  await click(page, 'next');
  const before = await page.evaluate(() => window.ladder.getAssessment());
  const category = (await ui(page)).category;

  await click(page, 'nav-language');
  await click(page, 'language-fr');
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  await idle(page);
  const after = await page.evaluate(() => window.ladder.getAssessment());
  assert.deepEqual(after.answers, before.answers, 'the answers are the same');
  assert.equal(await screen(page), 'assess');
  assert.equal((await ui(page)).category, category, 'the same question is open');
  const texts = languageFile('fr').interface;
  assert.equal((await widget(page, 'next')).label, texts['assess.next']);
  assert.match(await page.title(), /Évaluer/);
  await screenshot(page, 'lang-switched-fr');

  await reload(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr', 'the choice is remembered');
  assert.deepEqual((await page.evaluate(() => window.ladder.getAssessment())).answers, before.answers);

  // And back to English from the top bar, which needs no file.
  await click(page, 'nav-language');
  await click(page, 'language-en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal((await widget(page, 'next')).label, 'Next');
});

test('Spanish in Mexico writes 1.11, in Argentina 1,11: numbers follow the region, not just the language', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url, { locale: 'es-MX' });
  assert.equal((await ui(page)).locale, 'es-MX');
  await click(page, 'example');
  await click(page, 'nav-results');
  const radar = (await widget(page, 'radar')).label;
  assert.match(radar, /\d\.\d\d/, `a decimal point in es-MX: ${radar}`);
  assert.doesNotMatch(radar, /\d,\d\d/);
  const report = await downloadText(page, 'download-html');
  assert.ok(report.text.includes('1.11') && !report.text.includes('1,11'), 'and in the report');
});

test('?lang= picks the language whatever the browser prefers', async (t) => {
  const { page } = await openLadder(t, env.browser, `${env.site.url}?lang=et`, { locale: 'fr-CA' });
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'et');
  assert.equal((await ui(page)).language, 'et');
});

test('the offline file speaks every language from disk, fetching nothing', async (t) => {
  const context = await env.browser.newContext({ locale: 'fr-CA', viewport: { width: 1280, height: 800 } });
  t.after(() => context.close());
  await context.setOffline(true);
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  await page.goto(pathToFileURL(join(dist, 'ladder-offline.html')).href);
  await ready(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
  await click(page, 'nav-language');
  await click(page, 'language-et');
  await page.waitForFunction(() => document.documentElement.lang === 'et');
  assert.equal((await widget(page, 'nav-welcome')).label, languageFile('et').interface['nav.welcome']);
  assert.deepEqual(requests.filter((u) => !u.startsWith('file:')), []);
});

test('the fonts compiled into the page draw every character of every language', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url, { locale: 'en-US' });
  const missing = async (text) => page.evaluate((s) => window.ladder.missingGlyphs(s), text);
  // A character the fonts lack is caught (the check itself works).
  assert.deepEqual(await missing('a\u0416b'), [0x416]);
  assert.deepEqual(await missing(JSON.stringify(await page.evaluate(() => window.ladder.strings()))), [], 'English interface');
  assert.deepEqual(await missing(readFileSync(join(dist, 'models/digital-services.json'), 'utf8')), [], 'English model');
  for (const lang of ['es', 'fr', 'et']) {
    const chars = [...new Set(readFileSync(join(dist, `lang/${lang}.json`), 'utf8'))].join('');
    assert.deepEqual((await missing(chars)).map((c) => `U+${c.toString(16)}`), [], `lang/${lang}.json`);
  }
});

test('a file that fails its checks is explained in the page\'s language, with the JSON pointer as it is', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url, { locale: 'fr-CA' });
  await dropFiles(page, [{ name: 'bad-level.json', text: readFileSync(join(root, 'tests/data/bad-level.json'), 'utf8') }]);
  const { error } = await ui(page);
  const messages = languageFile('fr').messages;
  const expected = messages['expected.level_or_null'];
  assert.ok(error.includes('/answers/mandate/level'), `the pointer: ${error}`);
  assert.ok(error.includes(expected), `the French words "${expected}": ${error}`);
  assert.ok(error.startsWith(languageFile('fr').interface['error.import_failed']), error);
});
