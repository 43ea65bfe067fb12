/**
 * Which Chromium the browser tests, benches and icon script drive. Debian's headless shell
 * (package chromium-headless-shell, the headless build Playwright itself prefers) comes first: it
 * has no browser UI to composite and runs the suite on about two-thirds of the CPU the full
 * `chromium` needs. CHROMIUM_PATH overrides both, for other systems.
 */
import { existsSync } from 'node:fs';

export const headlessShell = { path: '/usr/bin/chromium-headless-shell', aptPackage: 'chromium-headless-shell' };
export const fullChromium = { path: '/usr/bin/chromium', aptPackage: 'chromium' };

/** The binary to launch: CHROMIUM_PATH, else the headless shell, else the full browser, else undefined. */
export function chromiumPath(env = process.env) {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  return [headlessShell, fullChromium].find((candidate) => existsSync(candidate.path))?.path;
}
