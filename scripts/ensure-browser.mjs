#!/usr/bin/env node
/**
 * Before the browser tests: find what they need on this machine — Chromium (CHROMIUM_PATH or
 * Debian's /usr/bin/chromium), CJK fonts (Noto Sans CJK) and poppler (pdfinfo/pdftotext read the
 * printed PDFs). As root on Debian/Ubuntu, install what is missing with apt; otherwise say the one
 * command to run. Browser downloads (`npx playwright install`) are not used: they fail offline.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const has = (command, args = ['--version']) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const missing = [];
if (!existsSync(chromium)) missing.push('chromium');
if (!/Noto Sans CJK/i.test(spawnSync('fc-list', [], { encoding: 'utf8' }).stdout ?? '')) missing.push('fonts-noto-cjk');
if (!has('pdftotext', ['-v'])) missing.push('poppler-utils');
if (process.env.CHROMIUM_PATH && missing.includes('chromium')) {
  console.error(`CHROMIUM_PATH=${chromium} does not exist.`);
  process.exit(1);
}
if (missing.length === 0) process.exit(0);

const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
const root = process.getuid?.() === 0;
if (!root || !has('apt-get')) {
  console.error(
    `The browser tests need ${missing.join(', ')}. Install them with:\n\n  sudo ${command}\n\n` +
      'or point CHROMIUM_PATH at a Chromium/Chrome binary on another system.',
  );
  process.exit(1);
}
console.log(`Installing ${missing.join(', ')} for the browser tests…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...missing]]) {
  const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`apt-get ${args.join(' ')} failed; run it by hand: ${command}`);
    process.exit(1);
  }
}
