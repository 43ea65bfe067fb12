/**
 * A word pattern as editors write it in policies, stances and risky wording: plain words, `…` for
 * a few characters in between within one sentence, `(您|你)` for one of several. Checked here so a
 * pattern that cannot be read fails `npm run check` at its line, not later as a silent miss.
 */
import { z } from 'astro/zod';
import { compileWordPattern } from '../lib/wording/word-pattern.ts';

export const wordPattern = z
  .string()
  .min(1)
  .superRefine((pattern, ctx) => {
    try {
      compileWordPattern(pattern);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
    }
  });
