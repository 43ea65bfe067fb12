/** localStorage behind try/catch: private mode, a full disk or a policy must never break a page. */
import { StoredState, type StoredIO } from '../lib/commit-stored';

export const STORAGE_KEY = 'channel-playbook:visits';

export function readStored(key = STORAGE_KEY): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Returns false when the browser refused to store (disabled or full). */
export function writeStored(value: string, key = STORAGE_KEY): boolean {
  try {
    window.localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

const storedIO = (key: string): StoredIO => ({ read: () => readStored(key), write: (value) => writeStored(value, key) });

/**
 * An island's saved state under `key`: read once with `load` (which may say what it repaired), kept
 * as a StoredState (lib/commit-stored.ts), and refreshed, then `onElsewhere`, when another tab (or
 * the home-screen app) saved it.
 */
export function openStored<T>(
  key: string,
  load: (raw: string | null) => { state: T; message?: string },
  serialise: (state: T) => string,
  onElsewhere: () => void,
) {
  const loaded = load(readStored(key));
  const stored = new StoredState(storedIO(key), { parse: (raw) => load(raw).state, serialise }, loaded.state);
  window.addEventListener('storage', (event) => {
    if (event.key !== key && event.key !== null) return;
    stored.refresh();
    onElsewhere();
  });
  return { stored, message: loaded.message };
}
