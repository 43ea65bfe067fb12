/**
 * `npm run dev` shows in the browser what `npm run check` would stop on. When a content file
 * breaks its schema, Astro keeps serving the page as it was and logs one line in the terminal, so
 * an editor looking at the page sees nothing wrong. This integration runs the content check when
 * the dev server starts and after each change under the content folder, and sends its errors —
 * `file:line（field）` and what to do, worded as `npm run check` words them — to Vite's error
 * overlay (restyled by Astro), in place of Astro's own report of a content file it cannot parse;
 * the fix clears it with a reload. Dev only: `astro:server:setup`
 * never runs in a build, and nothing is added to any page.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

/** The integration, for astro.config.mjs; `contentDir` as the site reads it (CONTENT_DIR). */
export function contentCheckInDev(contentDir = process.env.CONTENT_DIR ?? 'content') {
  return {
    name: pluginName,
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const checker = workerCheck(contentDir);
        server.httpServer?.once('close', checker.stop);
        showContentProblems(server, { contentDir, check: checker.check, logger });
      },
    },
  };
}

/**
 * Runs `check` now and after every change under `contentDir`: its problems go to every open page's
 * overlay, and to each page opened later; when none are left, open pages reload. Returns the first
 * run, for tests.
 */
export function showContentProblems(server, { contentDir, check, logger }) {
  const root = path.resolve(contentDir) + path.sep;
  const isContent = (file) => typeof file === 'string' && path.resolve(file.replace(/^file:\/\//, '')).startsWith(root);
  // Vite's channel to the open pages (the same object as the client environment's `hot`).
  const hot = server.ws;
  let shown; // the overlay's payload while there are problems
  const once = async () => {
    let problems;
    try {
      problems = await check();
    } catch (error) {
      logger.warn(`内容检查没能在 npm run dev 里运行（npm run check 照常可用）：${error.message}`);
      return;
    }
    const err = overlayError(problems);
    if (err && err.message !== shown?.err.message) logger.error(`${err.title}（浏览器里也显示了）：\n${problems.map(reportLine).join('\n')}`);
    if (!err && shown) logger.info('内容问题都改好了');
    const was = shown;
    shown = err && { type: 'error', __isEnhancedAstroErrorPayload: true, err };
    if (shown) hot.send(shown);
    else if (was) hot.send({ type: 'full-reload' });
  };
  // One run at a time; changes during a run (a save of several files) make one more.
  let busy = false;
  let again = false;
  const run = async () => {
    again = true;
    if (busy) return;
    busy = true;
    while (again) {
      again = false;
      await once();
    }
    busy = false;
  };
  for (const event of ['add', 'change', 'unlink']) server.watcher.on(event, (file) => (isContent(file) ? run() : undefined));
  hot.on('vite:client:connect', (_, client) => (shown ? client.send(shown) : undefined));

  // Astro reports a content file it cannot parse (broken YAML) in its own words, on every render
  // of a page using it; while the check has problems, the check's words go instead. Astro wraps
  // this same send to enhance errors: ours are marked as enhanced, so either order works.
  const send = hot.send;
  hot.send = function (...args) {
    const err = args[0]?.type === 'error' && args[0].err?.plugin !== pluginName ? args[0].err : undefined;
    if (shown && err && isContent(err.loc?.file ?? err.id)) args[0] = shown;
    return send.apply(this, args);
  };
  return run();
}

const pluginName = 'channel-playbook:content-check-in-dev';
const reportLine = ({ where, message }) => `✗ ${where}\n    ${message}`;
// Astro's overlay writes the message and hint as HTML: `<See to="…">` must stay text.
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The file as the overlay's numbered code view (Shiki's markup, which its styles expect), `line` marked. */
function codeView(file, line) {
  if (!line || !existsSync(file)) return undefined;
  const lines = readFileSync(file, 'utf8').replace(/\r\n/g, '\n').split('\n');
  return `<pre class="shiki"><code>${lines.map((text, i) => `<span class="line${i + 1 === line ? ' error-line' : ''}">${escapeHtml(text)}</span>`).join('\n')}</code></pre>`;
}

/** The overlay's error for `problems` (from buildStoppers), or undefined when there are none. */
export function overlayError(problems, cwd = process.cwd()) {
  const [first] = problems;
  if (!first) return undefined;
  const file = path.resolve(cwd, first.file);
  return {
    name: '内容检查（npm run check）',
    title: `有 ${problems.length} 处内容要改好，页面才会更新`,
    message: escapeHtml(problems.map(reportLine).join('\n\n')),
    hint: '改好、保存，这个提示就会消失，页面自动刷新。在终端运行 npm run check -- --content 看到的是同样的内容。',
    loc: { file, line: first.line },
    highlightedCode: codeView(file, first.line),
    plugin: pluginName,
    stack: '',
  };
}

/** `check()` runs buildStoppers in a worker thread (started on first use); `stop()` ends it. */
export function workerCheck(contentDir) {
  let worker;
  return {
    check: () =>
      new Promise((resolve, reject) => {
        if (!worker) {
          worker = new Worker(new URL('./dev-check-worker.mjs', import.meta.url), { workerData: { contentDir } });
          worker.unref(); // never what keeps `astro dev` from exiting
        }
        const done = (reply) => {
          worker.off('error', fail);
          if (reply.error) reject(new Error(reply.error));
          else resolve(reply.problems);
        };
        const fail = (error) => {
          worker.off('message', done);
          worker = undefined;
          reject(error);
        };
        worker.once('message', done).once('error', fail);
        worker.postMessage('check');
      }),
    stop: () => worker?.terminate(),
  };
}
