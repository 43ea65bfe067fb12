/** Export and import as files, shared by the islands that keep state on the phone. */
import { h } from './dom';

/** Saves `text` as a download named `name` (JSON). */
export function download(name: string, text: string) {
  const link = h('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}

/**
 * The file chosen in `input`, cleared so the same file can be chosen again; its text is read only
 * when it is no larger than `maxBytes`, so a large file never reaches the parser.
 */
export async function chosenFile(input: HTMLInputElement, maxBytes: number): Promise<{ size: number; text: string } | undefined> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return undefined;
  return { size: file.size, text: file.size > maxBytes ? '' : await file.text() };
}

/** Today's date for a file name, as 2026-12-07. */
export const today = () => new Date().toISOString().slice(0, 10);
