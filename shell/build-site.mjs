// Assembles the deliverables in dist/ from the web build (run by the web build; make dist):
//   index.html           the hosted page, its Content-Security-Policy pinned to the hashes
//                        of its own inline script (no 'unsafe-inline' for scripts)
//   ladder.js/.wasm      the program
//   ladder-offline.html  one self-contained file: ladder.js inline, ladder.wasm gzipped and in
//                        base64, opened from disk with no network at all
//   embed.js, embed-demo.html, models/, README.txt   for partners who embed or host it
// Usage: node shell/build-site.mjs BUILD_DIR DIST_DIR
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const [buildDir, distDir] = process.argv.slice(2);
if (!buildDir || !distDir) {
  console.error('usage: node shell/build-site.mjs BUILD_DIR DIST_DIR');
  process.exit(2);
}

const read = (path) => readFileSync(path, 'utf8');
const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
// The CSP of a page: only what the page itself contains may run, nothing may be fetched from
// anywhere else. (frame-ancestors cannot be set from a meta tag: see README.txt.)
function csp(scripts, { connect }) {
  return [
    "default-src 'none'",
    `script-src ${connect === "'none'" ? '' : "'self' "}${scripts.map(sha256).join(' ')} 'wasm-unsafe-eval'`,
    `connect-src ${connect}`,
    'img-src data:',
    "style-src 'unsafe-inline'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
const inlineScripts = (html) => [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
// A script's text may not contain "</script" or "<!--" when it is inlined into HTML.
const inlineSafe = (js) => js.replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\!--');

mkdirSync(distDir, { recursive: true });
const template = read(join(here, 'index.html'));
const program = read(join(buildDir, 'ladder.js'));
const wasm = readFileSync(join(buildDir, 'ladder.wasm'));

// Hosted page.
const hosted = template.replace('%CSP%', csp(inlineScripts(template), { connect: "'self'" }));
writeFileSync(join(distDir, 'index.html'), hosted);
copyFileSync(join(buildDir, 'ladder.js'), join(distDir, 'ladder.js'));
copyFileSync(join(buildDir, 'ladder.wasm'), join(distDir, 'ladder.wasm'));

// Offline single file.
const wasmBase64 = gzipSync(wasm, { level: 9 }).toString('base64');
const programScript = inlineSafe(program);
let offline = template.replace('<!-- ladder:program -->',
  `<script id="ladder-wasm" type="application/octet-stream">${wasmBase64}</script>\n<script>${programScript}</script>`);
offline = offline.replace('%CSP%', csp(inlineScripts(offline), { connect: "'none'" }));
writeFileSync(join(distDir, 'ladder-offline.html'), offline);

// For partners: the embed script and demo page, the default model to adapt, hosting notes.
for (const file of ['embed.js', 'embed-demo.html', 'README.txt']) copyFileSync(join(here, file), join(distDir, file));
mkdirSync(join(distDir, 'models'), { recursive: true });
copyFileSync(join(here, '../core/models/digital-services.json'), join(distDir, 'models/digital-services.json'));

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`dist: index.html + ladder.js + ladder.wasm = ${kb(hosted.length + program.length + wasm.length)}, ` +
  `ladder-offline.html = ${kb(Buffer.byteLength(offline))}`);
