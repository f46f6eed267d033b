// Shared set-up for the browser tests: a loopback static server for dist/, Debian's
// Chromium driven by playwright-core (never a downloaded browser), a record of every request
// the page makes, and helpers to reach the CLI for comparisons.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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
  return { context, page, requests, errors };
}

export function runCli(args, input) {
  return execFileSync(cli, args, { input, encoding: 'utf8' });
}

export async function screenshot(page, name) {
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: join(artifacts, `${name}.png`) });
}
