/**
 * `npm run dev` shows a broken field in the browser (issue #28): Astro keeps the old page and
 * logs a line, so the content check runs in the dev server and sends its errors to the overlay.
 * A stand-in server (its file watcher and HMR socket) and a real content folder.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildStoppers } from '../../scripts/lib/content-step.mjs';
import { overlayError, showContentProblems, workerCheck } from '../../scripts/lib/dev-check.mjs';

const contentDir = mkdtempSync(path.join(os.tmpdir(), 'dev-check-'));
afterAll(() => rmSync(contentDir, { recursive: true, force: true }));
mkdirSync(path.join(contentDir, 'guides'));
const guide = path.join(contentDir, 'guides/g.mdx');
const healthy = '---\ntitle: 指南\nsummary: 一页用来试预览提示的指南。\nreviewed: 2026-11-20\n---\n\n<See to="guides/g" />\n';

/** What the overlay gets: Vite's file watcher and HMR socket, recorded. */
function standInServer() {
  const sent: Array<{ type: string; err?: Partial<NonNullable<ReturnType<typeof overlayError>>> & { id?: string }; __isEnhancedAstroErrorPayload?: boolean }> =
    [];
  const hot = new EventEmitter();
  return {
    sent,
    watcher: new EventEmitter(),
    ws: { send: (payload: (typeof sent)[number]) => sent.push(payload), on: (event: string, listener: (...a: unknown[]) => void) => hot.on(event, listener) },
    /** A page opening: Vite's `vite:client:connect`, with a client of its own. */
    connect: () => {
      const got: unknown[] = [];
      hot.emit('vite:client:connect', undefined, { send: (p: unknown) => got.push(p) });
      return got;
    },
  };
}
const logger = { info: () => {}, warn: () => {}, error: () => {} };

describe('npm run dev and broken content', () => {
  test('a wrong field reaches the overlay as npm run check says it; a page opened later gets it too; the fix reloads', async () => {
    writeFileSync(guide, healthy);
    const server = standInServer();
    const check = async () => buildStoppers(contentDir);
    await showContentProblems(server, { contentDir, check, logger });
    expect(server.sent).toEqual([]);

    writeFileSync(guide, healthy.replace('reviewed: 2026-11-20', 'reviewed: 昨天'));
    server.watcher.emit('change', guide);
    await waitFor(() => server.sent.length === 1);
    const [{ type, err, __isEnhancedAstroErrorPayload }] = server.sent;
    expect(type).toBe('error');
    expect(__isEnhancedAstroErrorPayload).toBe(true); // Astro's overlay takes it as it is
    expect(err!.message).toBe(`✗ ${guide}:4（reviewed）\n    \`reviewed\` 要写成日期，例如 2026-11-01`);
    expect(err!.loc).toEqual({ file: guide, line: 4 });
    expect(err!.highlightedCode).toContain('<span class="line error-line">reviewed: 昨天</span>');
    expect(err!.highlightedCode).toContain('<span class="line">&lt;See to="guides/g" /&gt;</span>');
    expect(err!.title).toBe('有 1 处内容要改好，页面才会更新');
    expect(server.connect()).toEqual([server.sent[0]]);

    // Astro's own report of the file (broken YAML fails its render) gives way to the check's; others pass.
    server.ws.send({ type: 'error', err: { message: 'bad indentation of a mapping entry', loc: { file: guide, line: 4 } } });
    server.ws.send({ type: 'error', err: { message: 'Unexpected token', id: path.resolve('src/pages/index.astro') } });
    expect(server.sent.slice(1).map((p) => p.err!.message)).toEqual([err!.message, 'Unexpected token']);
    server.sent.splice(1);

    writeFileSync(guide, healthy);
    server.watcher.emit('change', guide);
    await waitFor(() => server.sent.length === 2);
    expect(server.sent[1]).toEqual({ type: 'full-reload' });
    expect(server.connect()).toEqual([]);
  });

  test('files outside the content folder do not start a check', async () => {
    const server = standInServer();
    let runs = 0;
    await showContentProblems(server, { contentDir, check: async () => (runs++, []), logger });
    server.watcher.emit('change', path.resolve('src/pages/index.astro'));
    server.watcher.emit('change', path.join(contentDir, 'guides/g.mdx'));
    await waitFor(() => runs === 2);
    expect(runs).toBe(2);
  });

  test('the overlay shows a tag as text (Astro writes the message as HTML), and opens the first file at its line', () => {
    const err = overlayError(
      [{ where: 'content/guides/g.mdx:7', file: 'content/guides/g.mdx', line: 7, message: '交叉引用指向不存在的页面 <See to="guides/x"> & 别的' }],
      '/site',
    );
    expect(err!.message).toBe('✗ content/guides/g.mdx:7\n    交叉引用指向不存在的页面 &lt;See to="guides/x"&gt; &amp; 别的');
    expect(err!.loc).toEqual({ file: '/site/content/guides/g.mdx', line: 7 });
    expect(overlayError([])).toBeUndefined();
  });

  test('the check runs in a worker thread, off the dev server’s own', async () => {
    writeFileSync(guide, healthy.replace('summary:', 'sumary:'));
    const worker = workerCheck(contentDir);
    try {
      expect(await worker.check()).toEqual([
        { where: `${guide}（summary）`, file: guide, line: undefined, message: expect.stringContaining('缺少必填字段 `summary`') },
      ]);
    } finally {
      await worker.stop();
    }
  });
});

/** Waits for the stand-in's asynchronous runs. */
async function waitFor(done: () => boolean) {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 10));
}
