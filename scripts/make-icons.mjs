#!/usr/bin/env node
/**
 * Renders the home-screen PNG icons from their SVG sources with the same Chromium the tests use
 * (no image library needed). Run after changing public/favicon.svg or public/icons/maskable.svg:
 *   node scripts/make-icons.mjs
 * The PNGs are committed; the build does not run this.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { chromiumPath } from './lib/chromium.mjs';

const publicDir = new URL('../public/', import.meta.url);
const icons = [
  // "any": the favicon's rounded square, transparent corners.
  { source: 'favicon.svg', out: 'icons/icon-192.png', size: 192 },
  { source: 'favicon.svg', out: 'icons/icon-512.png', size: 512 },
  // "maskable": full bleed, the mark inside the central safe circle the launcher may crop to.
  { source: 'icons/maskable.svg', out: 'icons/maskable-512.png', size: 512 },
];

const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  for (const { source, out, size } of icons) {
    const svg = await readFile(new URL(source, publicDir), 'utf8');
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<body style="margin:0"><img width="${size}" height="${size}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}">`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    await writeFile(new URL(out, publicDir), await page.screenshot({ omitBackground: true }));
    console.log(`${out} ${size}×${size}`);
  }
} finally {
  await browser.close();
}
