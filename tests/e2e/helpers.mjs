// Shared set-up for the browser tests: a loopback static server for dist/, Debian's
// Chromium driven by playwright-core (never a downloaded browser), a record of every request
// the page makes, and helpers to reach the CLI for comparisons.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { serve } from '../../shell/serve.mjs';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const dist = join(root, 'dist');
export const cli = join(root, 'build/native/ladder-cli');
export const artifacts = join(root, 'tests/e2e/artifacts');

// Software WebGL for a headless machine, and no background traffic to the outside
// (TOOLCHAIN.md, "Headless Chromium with WebGL").
const CHROMIUM_ARGS = ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync',
  '--disable-features=Translate,OptimizationHints,MediaRouter'];

export async function startBrowser() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

export async function startServer(folder = dist) {
  const server = await serve(folder, 0);
  const { port } = server.address();
  return { server, url: `http://127.0.0.1:${port}/` };
}

// Opens the page, waits for window.ladder.ready, and returns the page with the list of
// every request it made (url and whether it happened after ready).
export async function openLadder(browser, url, { deviceScaleFactor = 1, viewport = { width: 1280, height: 800 } } = {}) {
  const context = await browser.newContext({ deviceScaleFactor, viewport });
  const page = await context.newPage();
  const requests = [];
  let ready = false;
  page.on('request', (r) => requests.push({ url: r.url(), afterReady: ready }));
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.evaluate(() => window.ladder.ready);
  ready = true;
  await settle(page);
  return { context, page, requests, errors };
}

export function runCli(args, input) {
  return execFileSync(cli, args, { input, encoding: 'utf8' });
}

export async function screenshot(page, name) {
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: join(artifacts, `${name}.png`) });
}

// The widget registry (window.ladder.widgets()) is how tests find what a person sees.
export async function widgets(page) {
  return page.evaluate(() => window.ladder.widgets());
}

export async function widget(page, id) {
  // The layout may take a frame or two to settle after a change: retry briefly.
  for (let attempt = 0; attempt < 20; ++attempt) {
    const found = (await widgets(page)).find((w) => w.id === id);
    if (found) return found;
    await page.waitForTimeout(50);
  }
  throw new Error(`no widget "${id}" on screen ${(await page.evaluate(() => window.ladder.ui())).screen}`);
}

// Clicks a widget with the mouse, at its centre, scrolling it into view first if needed.
export async function click(page, id) {
  await settle(page);
  let w = await widget(page, id);
  const viewport = page.viewportSize();
  for (let i = 0; i < 30 && (w.rect.y + w.rect.h > viewport.height - 90 || w.rect.y < 60); ++i) {
    await page.mouse.move(viewport.width / 2, viewport.height / 2);
    await page.mouse.wheel(0, w.rect.y < 60 ? -200 : 200);
    await settle(page);
    w = await widget(page, id);
  }
  await page.mouse.click(w.rect.x + w.rect.w / 2, w.rect.y + w.rect.h / 2);
  await settle(page);
  return w;
}

// Waits until the page has stopped drawing (frames are drawn only while something changes).
export async function settle(page) {
  let last = -1;
  for (let i = 0; i < 40; ++i) {
    const frames = (await page.evaluate(() => window.ladder.stats())).frames;
    if (frames === last) return;
    last = frames;
    await page.waitForTimeout(40);
  }
}

export async function screen(page) {
  return (await page.evaluate(() => window.ladder.ui())).screen;
}

// The usual set-up of a journey file: one browser and one server for dist/, started before
// the first test and closed after the last. Returns an object whose fields fill in then.
export function useBrowserAndSite() {
  const env = {};
  before(async () => {
    env.browser = await startBrowser();
    env.site = await startServer();
  });
  after(async () => {
    await env.browser?.close();
    env.site?.server.close();
  });
  return env;
}
