// The longest languages (French and Estonian run 20-35 % longer than English) still fit: on a
// phone and at 200 % text, on every screen the journey passes through, no control or text runs
// past the right edge of the window. Screenshots of each are kept in tests/e2e/artifacts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { click, dropFiles, idle, memberFiles, openLadder, screenshot, useBrowserAndSite, widget, widgets } from './helpers.mjs';

const env = useBrowserAndSite();

const SETUPS = [
  { name: 'phone', options: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 } },
  { name: 'text-200', options: { viewport: { width: 1280, height: 800 } }, large: true },
];

// Every widget drawn, checked against the window's width (a rectangle of zero width is one not
// drawn this frame).
async function assertFits(page, where) {
  const width = page.viewportSize().width;
  const outside = (await widgets(page)).filter((w) => w.rect.w > 0 && (w.rect.x < -1 || w.rect.x + w.rect.w > width + 1));
  assert.deepEqual(outside.map((w) => `${w.id} (${w.role}) ${Math.round(w.rect.x)}+${Math.round(w.rect.w)}`), [],
    `${where}: past the edge of a ${width} px window`);
}

for (const lang of ['fr', 'et']) {
  for (const setup of SETUPS) {
    test(`${lang}, ${setup.name}: every screen fits the window`, async (t) => {
      const { page } = await openLadder(t, env.browser, `${env.site.url}?lang=${lang}`, setup.options);
      const check = async (screen) => {
        await idle(page);
        await assertFits(page, `${lang} ${setup.name} ${screen}`);
        await screenshot(page, `layout-${lang}-${setup.name}-${screen}`);
      };
      if (setup.large) {
        await click(page, 'nav-settings');
        const slider = await widget(page, 'text-size');
        await page.mouse.click(slider.rect.x + slider.rect.w - 2, slider.rect.y + slider.rect.h / 2);
        await idle(page);
        assert.equal((await widget(page, 'text-size')).state, '200');
        await check('settings');
      }
      await click(page, 'nav-welcome');
      await check('welcome');
      await click(page, 'start-new');
      await check('assess');
      await click(page, 'nav-welcome');
      await click(page, 'example');
      await check('results');
      await click(page, 'nav-team');
      await dropFiles(page, memberFiles([['Ana', 0], ['Bo', 1], ['Chen', 3]]));
      await check('team-collect');
      await click(page, 'team-next-discuss');
      await check('team-discuss');
      await click(page, 'projector-open');
      await check('projector');
    });
  }
}
