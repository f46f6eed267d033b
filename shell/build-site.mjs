// Assembles the deliverables in dist/ from the web build (run by the web build; make dist):
//   index.html           the hosted page, its Content-Security-Policy pinned to the hashes
//                        of its own inline script (no 'unsafe-inline' for scripts)
//   ladder.js/.wasm      the program
//   ladder-offline.html  one self-contained file: ladder.js inline, ladder.wasm gzipped and in
//                        base64, opened from disk with no network at all
//   lang/<code>.json     each language but English (built in), fetched when first needed: the
//                        interface strings, the core's messages, the built-in model's texts
//   embed.js, embed-demo.html, models/, README.txt   for partners who embed or host it
// It also refuses to build a site whose texts need a character the compiled-in font lacks.
// Usage: node shell/build-site.mjs BUILD_DIR DIST_DIR
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

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
const root = join(here, '..');

// The languages besides English, each one file (docs/FORMATS.md, "Language files").
const LANGUAGES = ['es', 'fr', 'et'];
const readJson = (path) => JSON.parse(read(path));
const languageFiles = LANGUAGES.map((lang) => {
  const messages = join(root, `core/lang/messages.${lang}.json`);
  const file = {
    format: 'ladder-language',
    version: 1,
    lang,
    interface: readJson(join(root, `web/ui/catalogue/lang/${lang}.json`)),
    messages: existsSync(messages) ? readJson(messages) : {},
    models: { 'digital-services': readJson(join(root, `core/models/lang/digital-services.${lang}.json`)) },
  };
  return { lang, path: `lang/${lang}.json`, text: JSON.stringify(file) };
});

// The characters the page's font has: the cmap of the subset TrueType files compiled into the
// wasm (format 4, and format 12 should a subset ever have one).
function fontCharacters(path) {
  const font = readFileSync(path);
  const tables = font.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < tables; ++i) {
    if (font.toString('latin1', 12 + 16 * i, 16 + 16 * i) === 'cmap') cmap = font.readUInt32BE(20 + 16 * i);
  }
  const have = new Set();
  if (cmap < 0) return have;
  for (let i = 0, n = font.readUInt16BE(cmap + 2); i < n; ++i) {
    const at = cmap + font.readUInt32BE(cmap + 8 + 8 * i);
    const format = font.readUInt16BE(at);
    if (format === 4) {
      const segments = font.readUInt16BE(at + 6) / 2;
      const ends = at + 14, starts = ends + 2 * segments + 2, deltas = starts + 2 * segments, offsets = deltas + 2 * segments;
      for (let k = 0; k < segments; ++k) {
        const start = font.readUInt16BE(starts + 2 * k), end = font.readUInt16BE(ends + 2 * k);
        const delta = font.readInt16BE(deltas + 2 * k), offset = font.readUInt16BE(offsets + 2 * k);
        for (let c = start; c <= end && c !== 0xffff; ++c) {
          let glyph = offset === 0 ? c + delta : font.readUInt16BE(offsets + 2 * k + offset + 2 * (c - start));
          if (offset !== 0 && glyph !== 0) glyph += delta;
          if ((glyph & 0xffff) !== 0) have.add(c);
        }
      }
    } else if (format === 12) {
      for (let g = 0, groups = font.readUInt32BE(at + 12); g < groups; ++g) {
        const first = font.readUInt32BE(at + 16 + 12 * g), last = font.readUInt32BE(at + 20 + 12 * g);
        for (let c = first; c <= last; ++c) have.add(c);
      }
    }
  }
  return have;
}
// Every string of the language files and of the English model, against both weights.
const fonts = ['Inter-Regular.subset.ttf', 'Inter-SemiBold.subset.ttf'].map((f) => join(buildDir, f));
if (fonts.every(existsSync)) {
  const glyphs = fonts.map(fontCharacters);
  const missing = new Map();
  const check = (where, text) => {
    for (const ch of text) {
      const c = ch.codePointAt(0);
      if (c >= 0x20 && glyphs.some((g) => !g.has(c)) && !missing.has(c)) missing.set(c, where);
    }
  };
  for (const { path, text } of languageFiles) check(path, text);
  check('core/models/digital-services.json', read(join(root, 'core/models/digital-services.json')).replace(/\n/g, ' '));
  if (missing.size) {
    for (const [c, where] of missing) console.error(`${where}: U+${c.toString(16).toUpperCase().padStart(4, '0')} (${String.fromCodePoint(c)}) is not in the page's font`);
    console.error('Add the character to the font subset in web/CMakeLists.txt and the ranges in web/ui/theme.cpp, or write the text without it.');
    process.exit(1);
  }
}

// A C string literal's body as text: its escapes (\xHH bytes of UTF-8, \n, \", \\) undone.
function cString(body) {
  const bytes = [];
  for (let i = 0; i < body.length; ++i) {
    if (body[i] !== '\\') { bytes.push(...Buffer.from(body[i], 'utf8')); continue; }
    const next = body[++i];
    if (next === 'x') { bytes.push(parseInt(body.slice(i + 1, i + 3), 16)); i += 2; }
    else bytes.push({ n: 10, t: 9 }[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}
// The English interface strings: the catalogue's X(Name, "id", "text" ...) entries, whose text
// may be several adjacent C string literals.
function englishCatalogue() {
  const source = read(join(root, 'web/ui/catalogue/catalogue.h'));
  const strings = {};
  for (const m of source.matchAll(/X\(\w+,\s*"([^"]+)",((?:\s*\\?\s*"(?:[^"\\]|\\.)*")+)\s*\\?\s*\)/g)) {
    strings[m[1]] = cString([...m[2].matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((l) => l[1]).join(''));
  }
  return strings;
}
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// The page's first screen, before the program runs: the elements marked data-t get their
// English text here, and the inline script gets every language's, to switch to the visitor's
// before anything is painted; <noscript> says in each language that JavaScript is needed.
function firstScreen(html) {
  const english = englishCatalogue();
  const interfaces = Object.fromEntries(languageFiles.map(({ lang, text }) => [lang, JSON.parse(text).interface]));
  const ids = [...new Set([...html.matchAll(/data-t="([^"]+)"/g)].map((m) => m[1]))];
  const messages = Object.keys(english).filter((id) => id.startsWith('page.') && id !== 'page.needs_script');
  const missing = [...ids, ...messages, 'page.needs_script'].filter((id) => !english[id] || LANGUAGES.some((l) => !interfaces[l][id]));
  if (missing.length) {
    console.error(`shell/index.html: no text in every language for ${missing.join(', ')}`);
    process.exit(1);
  }
  const pick = (table, keys) => Object.fromEntries(keys.map((id) => [id, table[id]]));
  const texts = { en: pick(english, messages) };
  for (const lang of LANGUAGES) texts[lang] = pick(interfaces[lang], [...ids, ...messages]);
  const needsScript = [['en', english], ...LANGUAGES.map((l) => [l, interfaces[l]])]
    .map(([lang, table]) => `<p lang="${lang}">${escapeHtml(table['page.needs_script'])}</p>`).join('');
  return html
    .replace(/(data-t="([^"]+)"[^>]*>)(<\/)/g, (all, open, id, close) => `${open}${escapeHtml(english[id])}${close}`)
    .replace('/* ladder:texts */{}', inlineSafe(JSON.stringify(texts)))
    .replace('<!-- ladder:needs-script -->', needsScript);
}

// The page's JavaScript, minified: shorter names, no comments or spaces (about 30% fewer bytes
// once compressed). terser is pinned in shell/package.json and installed by make setup-web.
let minify;
try {
  ({ minify } = await import('terser'));
} catch (error) {
  console.error(`shell/build-site.mjs: terser is not installed (${error.message.split('\n')[0]}); run make setup-web`);
  process.exit(1);
}
// The C library's abort keeps its name: the crash test (tests/e2e/storage.test.mjs) finds it
// among the program's imports by that name and calls it, as a failed check would.
const keep = /^_abort$/;
const minified = async (code, what) => {
  const out = await minify(code, { compress: { passes: 2, keep_fnames: keep }, mangle: { keep_fnames: keep }, format: { comments: false } });
  if (!out.code) {
    console.error(`shell/build-site.mjs: terser returned nothing for ${what}`);
    process.exit(1);
  }
  return out.code;
};
// index.html's inline script, with its two slots for the build's values kept through the
// minifier as names it leaves alone (undeclared globals), then put back.
const slots = [['/* ladder:texts */{}', 'LADDER_SLOT_TEXTS'], ['/* ladder:wasm-bytes */0', 'LADDER_SLOT_WASM_BYTES']];
async function minifyPage(html) {
  if (inlineScripts(html).length !== 1) {
    console.error('shell/build-site.mjs: index.html must have exactly one inline script');
    process.exit(1);
  }
  const [, open, script, close] = /([\s\S]*<script>)([\s\S]*?)(<\/script>[\s\S]*)/.exec(html);
  let code = script;
  for (const [slot, name] of slots) code = code.replace(slot, name);
  code = await minified(code, 'the inline script of index.html');
  for (const [slot, name] of slots) {
    if (code.split(name).length !== 2) {
      console.error(`shell/build-site.mjs: the minified inline script does not hold ${name} exactly once`);
      process.exit(1);
    }
    code = code.replace(name, slot);
  }
  return open + code + close;
}

const program = await minified(read(join(buildDir, 'ladder.js')), 'ladder.js');
const wasm = readFileSync(join(buildDir, 'ladder.wasm'));
const template = firstScreen(await minifyPage(read(join(here, 'index.html')))).replace('/* ladder:wasm-bytes */0', String(wasm.length));

// Hosted page: the program is asked for as soon as the head is read, before the script that
// starts it runs.
const preload = '<link rel="preload" href="ladder.wasm" as="fetch" type="application/wasm" crossorigin>\n' +
  '<link rel="preload" href="ladder.js" as="script">';
const hostedTemplate = template.replace('<!-- ladder:preload -->', preload);
const hosted = hostedTemplate.replace('%CSP%', csp(inlineScripts(hostedTemplate), { connect: "'self'" }));
writeFileSync(join(distDir, 'index.html'), hosted);
writeFileSync(join(distDir, 'ladder.js'), program);
copyFileSync(join(buildDir, 'ladder.wasm'), join(distDir, 'ladder.wasm'));

mkdirSync(join(distDir, 'lang'), { recursive: true });
for (const { path, text } of languageFiles) writeFileSync(join(distDir, path), text);

// Offline single file: the languages travel inside it, gzipped and in base64 like the wasm.
const wasmBase64 = gzipSync(wasm, { level: 9 }).toString('base64');
const programScript = inlineSafe(program);
const inlineLanguages = languageFiles.map(({ path, text }) =>
  `<script type="application/octet-stream" data-ladder-file="${path}">${gzipSync(text, { level: 9 }).toString('base64')}</script>\n`).join('');
let offline = template.replace('<!-- ladder:preload -->\n', '').replace('<!-- ladder:program -->',
  `<script id="ladder-wasm" type="application/octet-stream">${wasmBase64}</script>\n${inlineLanguages}<script>${programScript}</script>`);
offline = offline.replace('%CSP%', csp(inlineScripts(offline), { connect: "'none'" }));
writeFileSync(join(distDir, 'ladder-offline.html'), offline);

// For partners: the embed script and demo page, the default model to adapt, hosting notes.
for (const file of ['embed.js', 'embed-demo.html', 'README.txt']) copyFileSync(join(here, file), join(distDir, file));
mkdirSync(join(distDir, 'models'), { recursive: true });
copyFileSync(join(here, '../core/models/digital-services.json'), join(distDir, 'models/digital-services.json'));

// Each file served, compressed ahead of time beside itself (gzip -9 and brotli at its
// strongest), for servers that send a precompressed copy to browsers that accept it
// (README.txt): compressing once here costs a server nothing per visit and beats what most
// compress on the fly.
const served = ['index.html', 'ladder.js', 'ladder.wasm', 'ladder-offline.html', 'embed.js', 'embed-demo.html',
  ...languageFiles.map(({ path }) => path), 'models/digital-services.json'];
for (const file of served) {
  const bytes = readFileSync(join(distDir, file));
  writeFileSync(join(distDir, `${file}.gz`), gzipSync(bytes, { level: 9 }));
  writeFileSync(join(distDir, `${file}.br`), brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      [constants.BROTLI_PARAM_MODE]: file.endsWith('.wasm') ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
    },
  }));
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
for (const { path, text } of languageFiles) console.log(`dist: ${path} = ${kb(Buffer.byteLength(text))}, ${kb(gzipSync(text, { level: 9 }).length)} gzipped`);
console.log(`dist: index.html + ladder.js + ladder.wasm = ${kb(hosted.length + program.length + wasm.length)}, ` +
  `ladder-offline.html = ${kb(Buffer.byteLength(offline))}`);
