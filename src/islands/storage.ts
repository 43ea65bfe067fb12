/** localStorage behind try/catch: private mode, a full disk or a policy must never break a page. */
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
