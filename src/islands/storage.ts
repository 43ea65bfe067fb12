/** localStorage behind try/catch: private mode, a full disk or a policy must never break a page. */
import type { StoredIO } from '../lib/commit-stored';

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

/** One key of localStorage as the StoredState of lib/commit-stored.ts reads and writes it. */
export const storedIO = (key: string): StoredIO => ({ read: () => readStored(key), write: (value) => writeStored(value, key) });

/** Calls `onChange` when another tab (or the home-screen app) saved `key`. */
export function onStoredElsewhere(key: string, onChange: () => void) {
  window.addEventListener('storage', (event) => {
    if (event.key === key || event.key === null) onChange();
  });
}
