/**
 * "Last updated" for content pages from git history. One `git log` over the whole repository
 * per build (not one per page) gives each file's latest commit date; a file git knows nothing
 * about (uncommitted, a shallow clone, no git at all) falls back to its `reviewed` date.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

let commitDates: Map<string, Date> | undefined;

/** File (absolute path) → date of the newest commit that touched it. */
function readCommitDates(): Map<string, Date> {
  const dates = new Map<string, Date>();
  try {
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    // Newest first, so the first date seen for a file is its last update.
    const log = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--no-renames', '--', '.'], {
      cwd: top,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let current: Date | undefined;
    for (const line of log.split('\n')) {
      if (line.startsWith('\0')) current = new Date(line.slice(1));
      else if (line && current) {
        const file = path.join(top, line);
        if (!dates.has(file)) dates.set(file, current);
      }
    }
  } catch {
    // Not a git checkout: every page uses its `reviewed` date.
  }
  return dates;
}

/** When the file was last changed in git, or `fallback` if git has no record of it. */
export function getLastUpdated(file: string | undefined, fallback: Date): { date: Date; fromGit: boolean } {
  commitDates ??= readCommitDates();
  const date = file ? commitDates.get(path.resolve(file)) : undefined;
  return date ? { date, fromGit: true } : { date: fallback, fromGit: false };
}
