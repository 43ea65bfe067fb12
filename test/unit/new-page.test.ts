/**
 * `npm run new` as a new editor meets it (issue #28): an objection's category is theirs to
 * choose, and forgetting the `--` after `npm run new` says what to type instead of blaming quotes.
 * Runs scripts/new.mjs as npm would, into a temporary content folder.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runNode } from '../../scripts/lib/run-node.mjs';
import { checkContent } from '../../src/lib/content-check/check-content';
import { channelGroups, objectionCategories } from '../../src/lib/vocabulary-of-content';

const contentDir = mkdtempSync(path.join(os.tmpdir(), 'new-page-'));
afterAll(() => rmSync(contentDir, { recursive: true, force: true }));
/** `npm run new -- …args`; `npmFlags` as npm sets them for a flag it took for its own. */
const runNew = (args: string[], npmFlags: Record<string, string> = {}) =>
  runNode(['scripts/new.mjs', ...args], { env: { CONTENT_DIR: contentDir, ...npmFlags } });

describe('a channel type’s group', () => {
  test('is left to choose as well, and new says where', async () => {
    const { code, output } = await runNew(['channels', 'sample-channel', '--title', '样例渠道']);
    expect(code).toBe(0);
    const file = path.join(contentDir, 'channels/sample-channel.mdx');
    const text = readFileSync(file, 'utf8');
    const line = text.split('\n').findIndex((l) => l.startsWith('group:')) + 1;
    expect(text.split('\n')[line - 1]).toBe('group: 待选择');
    expect(output).toContain(`先选 group：第 ${line} 行的“待选择”要换成 ${channelGroups.join('、')} 之一`);
    const problems = checkContent([{ collection: 'channelTypes', id: 'sample-channel', file, text }], { today: new Date(), genericStopwords: [] });
    expect(problems.filter((p) => p.field === 'group').map((p) => p.message)).toEqual([`\`group\` 只能是：${channelGroups.join('、')}`]);
  });
});

describe('an objection’s category', () => {
  test('is left to choose: the check refuses the placeholder listing every category, and new says where', async () => {
    const { code, output } = await runNew(['objections', 'sample-shortage', '--title', '样品不够用']);
    expect(code).toBe(0);
    const file = path.join(contentDir, 'objections/sample-shortage.mdx');
    const text = readFileSync(file, 'utf8');
    const line = text.split('\n').findIndex((l) => l.startsWith('category:')) + 1;
    expect(text.split('\n')[line - 1]).toBe('category: 待选择');
    expect(output).toContain(`先选 category：第 ${line} 行的“待选择”要换成 ${objectionCategories.join('、')} 之一`);

    const problems = checkContent([{ collection: 'objections', id: 'sample-shortage', file, text }], { today: new Date(), genericStopwords: [] });
    expect(problems.filter((p) => p.field === 'category')).toEqual([
      { file, line, field: 'category', message: `\`category\` 只能是：${objectionCategories.join('、')}`, level: 'error', breaksBuild: true },
    ]);
  });
});

describe('npm run new without the --', () => {
  // `npm run new objections price-talk --title 价格话术`: npm keeps --title, sets npm_config_title=true.
  test('says the command to type, title included', async () => {
    const { code, output } = await runNew(['objections', 'price-talk', '价格话术'], { npm_config_title: 'true' });
    expect(code).toBe(1);
    expect(output).toContain(
      'npm 把 --title 当成了它自己的设置，标题没有传过来。在 npm run new 后面加上 --（两个减号），写成：\n  npm run new -- objections price-talk --title 价格话术',
    );
    expect(output).not.toContain('引号');
  });

  test('a title with a space is quoted, a singular collection corrected, a missing file name shown as a blank', async () => {
    expect((await runNew(['objection', 'price-talk', '价格', '话术'], { npm_config_title: 'true' })).output).toContain(
      'npm run new -- objections price-talk --title "价格 话术"',
    );
    expect((await runNew(['objections', '价格话术'], { npm_config_title: 'true' })).output).toContain(
      'npm run new -- objections <英文文件名> --title 价格话术',
    );
  });

  test('a Chinese file name is taken for the title it usually is', async () => {
    const { code, output } = await runNew(['objections', '价格话术']);
    expect(code).toBe(1);
    expect(output).toContain('中文标题写在 --title 后面，例如：npm run new -- objections payment-terms --title 价格话术');
  });
});
