// A static file server for tests and the benchmark: serves a built site (dist/) under its
// base path, the way a plain static host would, with 404.html for unknown paths.
// Astro's own `preview` allows one server per project; the tests need two (root and sub-path).
// Usage: node scripts/serve-static.mjs <dir> <port> [basePath]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const [dir = 'dist', port = '4322', base = '/'] = process.argv.slice(2);
const root = resolve(dir);
const basePath = base.endsWith('/') ? base : `${base}/`;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

function fileFor(urlPath) {
  if (!urlPath.startsWith(basePath)) return null;
  const relative = normalize(decodeURIComponent(urlPath.slice(basePath.length))).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, relative);
  if (!candidate.startsWith(root)) return null;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : null;
}

createServer((request, response) => {
  const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
  // A directory without its trailing slash redirects, as static hosts do.
  if (!urlPath.endsWith('/') && !extname(urlPath) && fileFor(`${urlPath}/`)) {
    response.writeHead(301, { Location: `${urlPath}/` }).end();
    return;
  }
  const file = fileFor(urlPath);
  const status = file ? 200 : 404;
  const body = file ?? join(root, '404.html');
  response.writeHead(status, {
    'Content-Type': TYPES[extname(body)] ?? 'application/octet-stream',
    'Cache-Control': body.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  createReadStream(body).pipe(response);
}).listen(Number(port), () => console.log(`Serving ${root} at http://localhost:${port}${basePath}`));
