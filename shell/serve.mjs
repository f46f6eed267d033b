// A small static file server for dist/ (make serve) and the browser tests: loopback only,
// correct MIME types (application/wasm matters for streaming compilation), the precompressed
// copies beside each file, no caching, and nothing outside the served folder.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export function serve(root, port = 0, host = '127.0.0.1') {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      // The copy compressed ahead of time (shell/build-site.mjs) when the browser takes it, as
      // dist/README.txt asks of a real server.
      const accepts = String(req.headers['accept-encoding'] || '').split(',').map((e) => e.trim().split(';')[0]);
      let body = null, encoding = null;
      for (const [name, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
        if (body || !accepts.includes(name)) continue;
        try {
          body = await readFile(file + suffix);
          encoding = name;
        } catch (e) { /* none beside it */ }
      }
      body = body || await readFile(file);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
        'Content-Length': body.length,
        ...(encoding ? { 'Content-Encoding': encoding } : {}),
        'Vary': 'Accept-Encoding',
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      res.writeHead(e.code === 'ENOENT' || e.code === 'ENOTDIR' ? 404 : 500, { 'Content-Type': 'text/plain' });
      res.end(e.code === 'ENOENT' || e.code === 'ENOTDIR' ? 'Not found\n' : 'Server error\n');
    }
  });
  return new Promise((done) => server.listen(port, host, () => done(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root = 'dist', port = '8080'] = process.argv.slice(2);
  const server = await serve(root, Number(port));
  const { port: actual } = server.address();
  console.log(`Ladder is served at http://127.0.0.1:${actual}/  (Ctrl+C stops it)`);
}
