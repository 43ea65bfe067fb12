#!/usr/bin/env node
/**
 * `npm test`: lint (ESLint and Prettier's check), the unit tests and the two builds side by side,
 * then the browser tests (Playwright's runner, playwright.config.mjs) on those builds.
 *
 * Why side by side: a build keeps about one core of two busy, and lint one, so on a 2-core machine
 * the three together take about as long as the builds alone. Each step's output is held and printed
 * whole when it ends, so the three never interleave. The first step that fails stops the others and
 * the run. The wall time of each step and of the whole is printed: a figure to watch (the target is
 * 4 minutes on a 2-core machine), never an assertion.
 */
import { spawn } from 'node:child_process';

const node = (script, ...args) => [process.execPath, [script, ...args]];
const together = [
  ['lint', node('scripts/lint.mjs')],
  ['unit tests', node('node_modules/vitest/vitest.mjs', 'run')],
  // What the browser tests need on this machine (it may install with apt), then the builds.
  ['browser setup and builds', node('scripts/ensure-browser.mjs'), node('test/e2e/support/builds.mjs')],
];
const browserTests = ['browser tests', node('node_modules/@playwright/test/cli.js', 'test')];

const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(0)} s`;
const took = [];
const running = new Set();

/** Runs `commands` one after another; resolves to the first non-zero exit code, or 0. */
function runStep([name, ...commands], { quiet }) {
  const stepStarted = Date.now();
  let output = '';
  const next = async () => {
    for (const [command, args] of commands) {
      // Its own process group, so a failure elsewhere can stop it and whatever it spawned.
      const child = spawn(command, args, {
        stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
        detached: quiet,
        env: { ...process.env, E2E_SKIP_BUILD: '1' },
      });
      running.add(child);
      child.stdout?.on('data', (chunk) => (output += chunk));
      child.stderr?.on('data', (chunk) => (output += chunk));
      const code = await new Promise((resolve) => child.on('close', (status) => resolve(status ?? 1)));
      running.delete(child);
      if (code !== 0) return code;
    }
    return 0;
  };
  return next().then((code) => {
    if (quiet) process.stdout.write(`\n── ${name} (${seconds(stepStarted)}) ──\n${output}`);
    took.push(`${name} ${seconds(stepStarted)}`);
    return code;
  });
}

function stopAll() {
  for (const child of running) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}

// The side-by-side steps run in process groups of their own, out of reach of the terminal's Ctrl-C.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });
}

let code = 0;
console.log(`npm test: ${together.map(([name]) => name).join(', ')} side by side …`);
await Promise.all(
  together.map((step) =>
    runStep(step, { quiet: true }).then((stepCode) => {
      if (stepCode !== 0 && code === 0) {
        code = stepCode;
        stopAll();
      }
    }),
  ),
);
if (code === 0) code = await runStep(browserTests, { quiet: false });
console.log(`npm test: ${seconds(started)} wall time (${took.join(', ')})${code === 0 ? '' : ' — failed'}`);
process.exit(code);
