#!/usr/bin/env node
/**
 * Before the browser tests: find what they need on this machine — Chromium (CHROMIUM_PATH, else
 * Debian's headless shell, see lib/chromium.mjs), CJK fonts (Noto Sans CJK) and poppler
 * (pdfinfo/pdftotext read the printed PDFs). As root on Debian/Ubuntu, install what is missing with
 * apt; otherwise say the one command to run. Browser downloads (`npx playwright install`) are not
 * used: they fail offline.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fullChromium, headlessShell } from './lib/chromium.mjs';

const has = (command, args = ['--version']) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
const override = process.env.CHROMIUM_PATH;
if (override && !existsSync(override)) {
  console.error(`CHROMIUM_PATH=${override} does not exist.`);
  process.exit(1);
}
const missing = [];
// The full chromium works too, only slower: it is enough where nothing can be installed.
const browserMissing = !override && !existsSync(headlessShell.path);
if (browserMissing) missing.push(headlessShell.aptPackage);
if (!/Noto Sans CJK/i.test(spawnSync('fc-list', [], { encoding: 'utf8' }).stdout ?? '')) missing.push('fonts-noto-cjk');
if (!has('pdftotext', ['-v'])) missing.push('poppler-utils');
if (missing.length === 0) process.exit(0);

const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
const canInstall = process.getuid?.() === 0 && has('apt-get');
if (!canInstall) {
  const onlySpeed = missing.length === 1 && browserMissing && existsSync(fullChromium.path);
  const advice = `Install with:\n\n  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}\n\nor point CHROMIUM_PATH at a Chromium/Chrome binary on another system.`;
  if (onlySpeed) {
    console.warn(`The browser tests run on ${fullChromium.path}; with ${headlessShell.aptPackage} they take about a third less time. ${advice}`);
    process.exit(0);
  }
  console.error(`The browser tests need ${missing.join(', ')}. ${advice}`);
  process.exit(1);
}
console.log(`Installing ${missing.join(', ')} for the browser tests…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
const apt = (...args) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
let installed = apt('update', '-qq') && apt('install', '-y', '-qq', ...missing);
if (!installed && browserMissing) {
  // A distribution without the headless shell package: the full chromium does the job, only slower.
  const fallback = missing.filter((p) => p !== headlessShell.aptPackage);
  if (!existsSync(fullChromium.path)) fallback.push(fullChromium.aptPackage);
  installed = fallback.length === 0 || apt('install', '-y', '-qq', ...fallback);
}
if (!installed) {
  console.error(`apt-get could not install ${missing.join(', ')}; run it by hand: ${command}`);
  process.exit(1);
}
