/**
 * Serves a build on a free port, under its base path, like a plain static host: index.html for
 * folders, 404.html for anything missing, optional extra headers (the CSP test sets them).
 * Not `astro preview`: Astro 7 allows one preview per project, and the tests serve two builds.
 * It answers search-log requests as deploy/nginx.conf does (204), and with `searchLog` (a file) logs them.
 */
import { createServer } from 'node:http';
import { appendFile, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
/** Run Astro with this Node (the project's Node 24), never whatever `npx` finds on PATH. */
export const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

async function fileFor(dir, pathname) {
  const candidate = path.join(dir, decodeURIComponent(pathname));
  if (!candidate.startsWith(dir)) return undefined;
  try {
    const info = await stat(candidate);
    return info.isDirectory() ? fileFor(dir, path.join(pathname, 'index.html')) : candidate;
  } catch {
    return undefined;
  }
}

/** What a path answers: its status, content type and body, read from the build folder. */
async function responseFor(dir, inside) {
  const file = inside === undefined ? undefined : await fileFor(dir, inside);
  const served = file ?? path.join(dir, '404.html');
  const body = await readFile(served).catch(() => Buffer.from('not found'));
  return { status: file ? 200 : 404, type: types[path.extname(served)] ?? 'application/octet-stream', body };
}

/**
 * `fixed`: the folder does not change while served, so each path is read once and then answered
 * from memory. The browser tests ask for the same few hundred files thousands of times, and a
 * file-system call is dear here: the test runner's process, which serves the builds, spent 16.5
 * CPU-seconds on a third of the suite reading every time, 13.8 answering from memory. A folder a
 * test rewrites while serving it (a "deploy") is served with `fixed: false`.
 */
export async function startPreview({ outDir, base = '/', headers = {}, searchLog, fixed = true }) {
  const dir = path.resolve(root, outDir);
  const answered = new Map();
  const server = createServer(async (request, response) => {
    const { pathname, search } = new URL(request.url, 'http://localhost');
    // As deploy/nginx.conf does with `search_log`: one line of time and query string, no body.
    if (pathname === `${base}search-log`) {
      if (searchLog) await appendFile(searchLog, `${new Date().toISOString()} ${search.slice(1)}\n`);
      response.writeHead(204).end();
      return;
    }
    const inside = pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : undefined;
    let answer = fixed ? answered.get(inside) : undefined;
    if (!answer) {
      answer = responseFor(dir, inside);
      if (fixed) answered.set(inside, answer);
    }
    const { status, type, body } = await answer;
    response.writeHead(status, { 'content-type': type, ...headers });
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}${base}`, stop: () => server.close() };
}
