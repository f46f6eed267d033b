import { click, dropFiles, idle, memberFiles, openLadder, startBrowser, startServer, widget, widgets } from './helpers.mjs';
const browser = await startBrowser();
const { server, url } = await startServer();
const out = '/tmp/shots';
const t = { after: () => {} };
const overflow = async (page, vw, name) => {
  const ws = await widgets(page);
  const bad = ws.filter((w) => w.rect.w > 0 && (w.rect.x < -1 || w.rect.x + w.rect.w > vw + 1));
  if (bad.length) console.log('OVERFLOW', name, bad.map((w) => `${w.id}:${Math.round(w.rect.x)}+${Math.round(w.rect.w)}`).join(' '));
};
async function slideMax(page) {
  const s = await widget(page, 'text-size');
  await page.mouse.click(s.rect.x + s.rect.w - 2, s.rect.y + s.rect.h / 2);
  await idle(page);
}
const configs = [
  { tag: 'desk', viewport: { width: 1280, height: 800 }, big: false },
  { tag: 'desk200', viewport: { width: 1280, height: 800 }, big: true },
  { tag: 'phone', viewport: { width: 390, height: 844 }, big: false, hasTouch: true, isMobile: true, deviceScaleFactor: 2 },
];
const langs = process.argv.slice(2).length ? process.argv.slice(2) : ['fr', 'et', 'es'];
for (const lang of langs) {
  for (const c of configs) {
    const { context, page } = await openLadder(t, browser, `${url}?lang=${lang}`, { viewport: c.viewport, hasTouch: c.hasTouch, isMobile: c.isMobile, deviceScaleFactor: c.deviceScaleFactor ?? 1 });
    const vw = c.viewport.width;
    const shot = async (name) => { await idle(page); await overflow(page, vw, `${lang}-${c.tag}-${name}`); await page.screenshot({ path: `${out}/${lang}-${c.tag}-${name}.png` }); };
    if (c.big) { await click(page, 'nav-settings'); await slideMax(page); }
    await click(page, 'nav-welcome');
    await shot('welcome');
    await click(page, 'start-new');
    await shot('assess');
    await click(page, 'nav-welcome');
    await click(page, 'example');
    await click(page, 'nav-results');
    await shot('results');
    await click(page, 'nav-team');
    await dropFiles(page, memberFiles([['Ana', 0], ['Bo', 1], ['Chen', 3]]));
    await shot('team-collect');
    await click(page, 'team-next-discuss');
    await shot('team-discuss');
    await click(page, 'projector-open');
    await shot('projector');
    await page.keyboard.press('Escape');
    await idle(page);
    await click(page, 'nav-settings');
    await shot('settings');
    await click(page, 'nav-saved');
    await shot('saved');
    await context.close();
  }
}
await browser.close();
server.close();
