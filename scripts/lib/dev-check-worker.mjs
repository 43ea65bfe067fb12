/**
 * The content check for `npm run dev` (dev-check.mjs), off the dev server's thread: a run reads
 * and checks every file, about a second, which would otherwise hold up every page and reload.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildStoppers } from './content-step.mjs';

parentPort?.on('message', () => {
  try {
    parentPort?.postMessage({ problems: buildStoppers(workerData.contentDir) });
  } catch (error) {
    parentPort?.postMessage({ error: String(error instanceof Error ? error.message : error) });
  }
});
