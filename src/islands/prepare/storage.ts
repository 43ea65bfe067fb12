/** localStorage behind try/catch: private mode, a full disk or a policy must never break the page. */
const KEY = 'channel-playbook:visits';

export function readStored(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** Returns false when the browser refused to store (disabled or full). */
export function writeStored(value: string): boolean {
  try {
    window.localStorage.setItem(KEY, value);
    return true;
  } catch {
    return false;
  }
}

export const STORAGE_KEY = KEY;
