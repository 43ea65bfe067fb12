/**
 * The clipboard is one for the whole Chromium that every test file shares: a file that copies
 * while another copies and reads back can read the other's text (a share link that came back as a
 * 话术). A copy and its reading are therefore one step under a lock across the test workers: a
 * folder made atomically beside the served build (one per browser run), taken in turn.
 */
import { mkdir, rmdir, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SITE } from './browser.mjs';

// One lock per run of the suite: the served build's port tells two runs on one machine apart.
const lock = path.join(os.tmpdir(), `channel-playbook-clipboard-${new URL(SITE).port}`);
/** A lock older than this was left by a worker that died holding it. */
const STALE_MS = 30_000;

async function take() {
  for (;;) {
    try {
      await mkdir(lock);
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const since = await stat(lock).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (since > STALE_MS) await rmdir(lock).catch(() => {});
      else await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/** What `action` puts on the clipboard: it is cleared first and read once the copy has landed. */
export async function copiedBy(page, action) {
  await take();
  try {
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await action();
    for (let tries = 0; tries < 100; tries += 1) {
      const text = await page.evaluate(() => navigator.clipboard.readText());
      if (text) return text;
      await page.waitForTimeout(20);
    }
    throw new Error('nothing was copied');
  } finally {
    await rmdir(lock).catch(() => {});
  }
}
