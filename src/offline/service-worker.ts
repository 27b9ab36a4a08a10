/// <reference lib="webworker" />
/**
 * The site's service worker, compiled at the end of the build (src/build/after-build.ts)
 * with the build's file list and content hashes baked in. Every build's files live in one
 * cache named after the build id, so a page is always served with files of one build:
 *
 * - install: fetch the pages, styles, scripts, diagrams, sandbox and search index, check
 *   each against its hash, and only then count as installed (a file of another deploy
 *   fails the install, which the browser retries later; the old version keeps serving);
 * - fetch: the build's cache first; files that load only when used (the editor, the
 *   compiler) are checked and added to the same cache the first time they are fetched;
 * - a new build waits until a page asks it to take over ("Reload to update"), then drops
 *   the old caches.
 */
declare const OFFLINE_BUILD: {
  /** A hash of every file's hash: changes with any file. */
  readonly id: string;
  /** Each file's path relative to the base (pages as `lessons/x/`), with its SHA-256. */
  readonly files: Record<string, string>;
  /** The paths fetched at install; the rest are cached when first used. */
  readonly precache: readonly string[];
};

const worker = self as unknown as ServiceWorkerGlobalScope;
const scopeUrl = new URL(worker.registration.scope);
const CACHE_PREFIX = `awaitable:${scopeUrl.pathname}:`;
const CACHE_NAME = `${CACHE_PREFIX}${OFFLINE_BUILD.id}`;

/** Files fetched at once while installing. */
const INSTALL_CONCURRENCY = 2;

const absolute = (path: string): string => new URL(path, scopeUrl).href;
const hashByUrl = new Map(Object.entries(OFFLINE_BUILD.files).map(([path, hash]) => [absolute(path), hash]));

async function sha256(response: Response): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await response.arrayBuffer());
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Fetches a file of this build from the network; undefined if the server has another version of it. */
async function fetchVerified(url: string): Promise<Response | undefined> {
  // Past the HTTP cache: the page may be fetching the same file through it right now, and
  // two writers of one HTTP cache entry fail in Chromium (ERR_CACHE_WRITE_FAILURE).
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok || response.redirected) return undefined;
  return (await sha256(response.clone())) === hashByUrl.get(url) ? response : undefined;
}

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE_NAME);
      const missing: string[] = [];
      const queue = [...OFFLINE_BUILD.precache];
      const fetchNext = async (): Promise<void> => {
        for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
          const url = absolute(path);
          if (await cache.match(url)) continue;
          const response = await fetchVerified(url);
          if (response) await cache.put(url, response);
          else missing.push(path);
        }
      };
      // A few at a time: all at once, a hundred downloads and hashes took the reader's
      // bandwidth and CPU while the page was still in use.
      await Promise.all(Array.from({ length: INSTALL_CONCURRENCY }, fetchNext));
      if (missing.length > 0) throw new Error(`these files are not the ones of build ${OFFLINE_BUILD.id}: ${missing.slice(0, 5).join(', ')}`);
    })(),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME) await caches.delete(name);
      }
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'take-over') void worker.skipWaiting();
});

/** The cache key of a request for one of this build's files, if it is one. */
function buildFileUrl(url: URL): string | undefined {
  const path = url.origin === scopeUrl.origin ? url.pathname : '';
  for (const candidate of [path, path.replace(/index\.html$/, ''), `${path}/`]) {
    const key = `${url.origin}${candidate}`;
    if (hashByUrl.has(key)) return key;
  }
  return undefined;
}

async function respond(event: FetchEvent, key: string): Promise<Response> {
  const cache = await caches.open(CACHE_NAME);
  const cached = await cache.match(key);
  if (cached) return cached;
  // A file that loads on first use (editor, compiler): the page gets the network's answer
  // untouched (with its download progress), and a separate copy, fetched past the HTTP
  // cache, is kept once its hash shows it is this build's. Two requests for the same URL
  // through the HTTP cache at once failed in Chromium (ERR_CACHE_WRITE_FAILURE), and
  // cloning the page's response left a 13 MB download stuck once; the cost is a second
  // download of each such file, once.
  event.waitUntil(
    fetch(key, { cache: 'no-store' })
      .then(async (copy) => {
        if (copy.ok && !copy.redirected && (await sha256(copy.clone())) === hashByUrl.get(key)) await cache.put(key, copy);
      })
      .catch(() => undefined),
  );
  return fetch(event.request);
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scopeUrl.origin || !url.pathname.startsWith(scopeUrl.pathname)) return;
  const key = buildFileUrl(url);
  if (key) {
    event.respondWith(respond(event, key));
    return;
  }
  if (request.mode === 'navigate') {
    // Unknown pages: the network's answer, or this build's 404 page when offline.
    event.respondWith(
      fetch(request).catch(async () => (await caches.open(CACHE_NAME).then((cache) => cache.match(absolute('404.html')))) ?? Response.error()),
    );
  }
});
