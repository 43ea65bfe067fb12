/**
 * Every problem in the content, found from the source files alone, in seconds and without a
 * build: frontmatter and YAML syntax, each collection's schema (the same ones the build uses),
 * references, `<See>` and `<Policy>` targets, stage orders, the search vocabulary, text left from
 * the templates, risky wording, stale reviews and unfilled policies.
 * Each problem is data — file, line (from the YAML parser's positions), field, sentence — and one
 * run reports all of them in every file: a file that fails its schema is still checked for the
 * rest, with the fields that did pass.
 */
import type { z } from 'astro/zod';
import { schemaOf } from '../../schemas/index.ts';
import { dataCollections } from '../data-collections.ts';
import { findIntegrityProblems, listPolicyIds, type CheckedEntry } from './integrity.ts';
import { policyUnset } from '../labels.ts';
import { checkWording, type DataScript, type WordingData } from '../wording/check-wording.ts';
import { checkGates, type GateData } from '../wording/check-gates.ts';
import { readBody, readFrontmatter, type PageText } from '../wording/read-page.ts';
import { formatDay, isReviewStale, reviewMonths } from './review.ts';
import { findVocabularyProblems } from '../search/vocabulary.ts';
import { cutsWhole, segmentWords } from '../search/query-plan.ts';
import { ruleProblems, type Rule } from '../choose/assess.ts';
import { defaultOwner, placeholderMarks } from '../vocabulary-of-content.ts';
import { parseSource, type ParsedSource } from './parse-source.ts';

export interface ContentFile {
  /** Collection name, as in src/content.config.ts. */
  collection: keyof typeof schemaOf;
  /** Path shown to the editor, e.g. `content/objections/price.mdx`. */
  file: string;
  /** Entry id of a page or of a one-entry YAML file (`six-steps/pre-visit`); lists hold their ids inside. */
  id?: string;
  text: string;
}

export interface ContentProblem {
  file: string;
  line?: number;
  /** The field or tag the problem is in, e.g. `items.2.id` or `<See to="…">`. */
  field?: string;
  message: string;
  /** Errors fail the check; warnings are reminders (a stale review, a policy not filled in yet). */
  level: 'error' | 'warning';
  /** The build would fail on it too: no point building until it is fixed. */
  breaksBuild: boolean;
  /** A standing reminder `npm run check` sums up in one line for all files (unfilledPoliciesLine). */
  topic?: 'unfilledPolicy';
}

/** The one line `npm run check` prints for every policy the company has not filled in yet. */
export const unfilledPoliciesLine = (count: number) =>
  `${count} 项公司政策还没填写，页面上显示“${policyUnset}”：见网站的 /policies/ 页，填写在 content/policies/company.yaml（每条加上 value）`;

type Found = Omit<ContentProblem, 'file' | 'level' | 'breaksBuild'>;
/** What the build would fail on too. */
const buildError = (file: string, found: Found): ContentProblem => ({ file, ...found, level: 'error', breaksBuild: true });
/** What the build accepts but no page may publish: template placeholders, risky wording. */
const editorialError = (file: string, found: Found): ContentProblem => ({ file, ...found, level: 'error', breaksBuild: false });
/** Not wrong, but someone has to act: a stale review, a policy not filled in. */
const reminder = (file: string, found: Found): ContentProblem => ({ file, ...found, level: 'warning', breaksBuild: false });

interface Parsed extends ContentFile {
  source: ParsedSource;
  /** Entries in the file: one, or one per item of a YAML list, with their path in the file. */
  entries: Array<{ id: string; path: PropertyKey[]; data: Record<string, unknown> | undefined; valid: boolean }>;
}

const isList = (collection: string) => dataCollections.some((c) => c.name === collection && 'file' in c);
const pageKind = (collection: string) => (dataCollections.some((c) => c.name === collection) ? 'yaml' : 'mdx');

/**
 * The MDX parser gives an error's place only in its message, counted from the body ("3:7: Unexpected
 * closing tag … (3:1) (mdx-jsx:…)"): the body line, and the reason without places counted from the body.
 */
export function mdxErrorAt(message: string): { line?: number; reason: string } {
  const first = message.split('\n')[0];
  const at = /^(\d+):\d+:\s*/.exec(first);
  const reason = first.slice(at?.[0].length ?? 0).replace(/\s*\(\d+:\d+\)|\s*\(mdx[\w-]*:[\w-]+\)/g, '');
  return at ? { line: Number(at[1]), reason } : { reason };
}
const asRecord = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/**
 * The fields of `raw` that pass their own part of the schema, parsed: what integrity checks can
 * still look at when the whole entry fails (a wrong `category` must not hide a wrong `stages`).
 */
function passingFields(schema: z.ZodType, raw: Record<string, unknown>): Record<string, unknown> {
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape ?? {};
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape)) {
    const result = field.safeParse(raw[key]);
    if (result.success) out[key] = result.data;
  }
  return out;
}

/** `items[2].stages[0]` (integrity's field names) → `['items', 2, 'stages', 0]`. */
const pathOfField = (field: string): PropertyKey[] =>
  field.split(/\.|(?=\[)/).flatMap((part): PropertyKey[] => (part.startsWith('[') ? [Number(part.slice(1, -1))] : part ? [part] : []));

function parseFile(file: ContentFile, problems: ContentProblem[]): Parsed {
  const source = parseSource(file.text, pageKind(file.collection));
  for (const s of source.syntax) problems.push(buildError(file.file, s));
  const schema = schemaOf[file.collection] as z.ZodType;
  const entries: Parsed['entries'] = [];
  if (source.data === undefined) return { ...file, source, entries };

  const validate = (raw: unknown, path: PropertyKey[], id: string) => {
    const result = schema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const at = [...path, ...issue.path];
        problems.push(
          buildError(file.file, { line: source.lineOf(at) ?? source.lineOf(path), field: issue.path.join('.') || undefined, message: issue.message }),
        );
      }
    }
    entries.push({ id, path, data: result.success ? asRecord(result.data) : passingFields(schema, asRecord(raw)), valid: result.success });
  };

  if (isList(file.collection)) {
    if (!Array.isArray(source.data)) {
      problems.push(buildError(file.file, { line: 1, message: '这个文件要写成一个列表：每一条以“- id: …”开头' }));
      return { ...file, source, entries };
    }
    const seen = new Map<string, number>();
    source.data.forEach((item, index) => {
      const id = String(asRecord(item).id ?? '');
      const first = seen.get(id);
      if (id && first !== undefined) {
        problems.push(
          buildError(file.file, {
            line: source.lineOf([index, 'id']),
            field: `${index}.id`,
            message: `id \`${id}\` 重复（第 ${first + 1} 条和第 ${index + 1} 条）：每一条要有自己的 id`,
          }),
        );
      } else seen.set(id, index);
      validate(item, [index], id);
    });
  } else validate(source.data, [], file.id ?? '');
  return { ...file, source, entries };
}

export interface CheckOptions {
  /** The date reviews are measured against. */
  today: Date;
  /** The generic stopword list the search vocabulary starts from (stopwords-zh). */
  genericStopwords: string[];
}

export function checkContent(files: ContentFile[], { today, genericStopwords }: CheckOptions): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const parsed = files.map((f) => parseFile(f, problems));
  const entriesOf = (collection: string) => parsed.filter((p) => p.collection === collection).flatMap((p) => p.entries.map((e) => ({ file: p, ...e })));

  // Cross-entry integrity, over what the build would publish (drafts are left out of it). A page
  // whose frontmatter cannot be read still exists, so pages citing it are not blamed for it.
  const pages = parsed.filter((p) => pageKind(p.collection) === 'mdx');
  const checked: CheckedEntry[] = pages
    .filter((p) => p.entries[0]?.data?.draft !== true)
    .map((p) => ({ collection: p.collection, id: p.id ?? '', file: p.file, data: p.entries[0]?.data ?? {}, body: p.source.body, bodyLine: p.source.bodyLine }));
  const policies = entriesOf('policies');
  const byFile = new Map(parsed.map((p) => [p.file, p]));
  for (const problem of findIntegrityProblems(
    checked,
    new Set(policies.map((p) => p.id)),
    entriesOf('gates').map((g) => g.id),
  )) {
    const file = byFile.get(problem.file)!;
    problems.push(
      buildError(file.file, { line: problem.line ?? file.source.lineOf(pathOfField(problem.field)), field: problem.field, message: problem.message }),
    );
  }

  // The search vocabulary: a word in two groups, a synonym that is also a stopword, a saying that is a synonym.
  const synonyms = entriesOf('synonyms').filter((e) => e.valid);
  const concepts = entriesOf('concepts').filter((e) => e.valid);
  const stopwords = entriesOf('stopwords').filter((e) => e.valid);
  const vocabularyProblems = findVocabularyProblems(
    genericStopwords,
    stopwords.map((e) => e.data as { id: string; drop: string[]; keep: string[] }),
    synonyms.map((e) => e.data as { id: string; terms: string[]; typos: string[] }),
    concepts.map((e) => e.data as { id: string; says: string[]; means: string[] }),
  );
  for (const { group, message } of vocabularyProblems) {
    const entry = [...synonyms, ...concepts].find((e) => e.id === group);
    if (entry) problems.push(buildError(entry.file.file, { line: entry.file.source.lineOf(entry.path), field: group, message }));
  }

  // A stopword of the site's own that search never cuts out whole never drops anything.
  for (const entry of stopwords) {
    const { drop } = entry.data as { drop: string[] };
    drop.forEach((word, i) => {
      if (cutsWhole(word)) return;
      problems.push(
        reminder(entry.file.file, {
          line: entry.file.source.lineOf([...entry.path, 'drop', i]) ?? entry.file.source.lineOf(entry.path),
          field: `${entry.id}.drop`,
          message: `停用词“${word}”不会生效：搜索把它切成“${segmentWords(word).join('/')}”，逐个判断。要丢的是其中哪个词，就写那个词`,
        }),
      );
    });
  }

  // The dealer-selection rule: every standard and market it names is an item of its checklist.
  for (const rule of entriesOf('selectionRules').filter((e) => e.valid)) {
    // A valid rule's checklist is a reference, read as { collection, id }.
    const data = rule.data as unknown as Rule & { checklist: { id: string }; markets: Array<{ id: string; item: string; key: string[] }> };
    const checklistId = data.checklist.id;
    const checklist = pages.find((p) => p.collection === 'checklists' && p.id === checklistId);
    const items = (checklist?.entries[0]?.data?.items as Array<{ id: string }> | undefined) ?? [];
    for (const { field, message } of ruleProblems(data, new Set(items.map((i) => i.id)))) {
      const path = [...rule.path, ...field.split('.')]; // lineOf reads `2` and '2' alike
      problems.push(
        buildError(rule.file.file, {
          line: rule.file.source.lineOf(path) ?? rule.file.source.lineOf(rule.path),
          field,
          message: `${message}（清单 ${checklistId}）`,
        }),
      );
    }
  }

  // Editorial: what the build accepts but a rep must never see or say.
  const validData = <T>(collection: string) =>
    entriesOf(collection)
      .filter((e) => e.valid)
      .map((e) => e.data as T);
  const wordingData: WordingData = {
    risky: validData('riskyWording'),
    policies: validData('policies'),
    stances: validData('stances'),
  };
  const texts = new Map<Parsed, PageText>();
  for (const page of pages) {
    try {
      texts.set(page, readBody(page.source.body, page.source.bodyLine));
    } catch (error) {
      const { line, reason } = mdxErrorAt((error as Error).message);
      problems.push(
        buildError(page.file, {
          line: line ? line + page.source.bodyLine - 1 : page.source.bodyLine,
          message: `正文的 MDX 写法有误：${reason}。常见原因：标签没有关闭（<Say> 要有 </Say>）、{ } 没有成对`,
        }),
      );
    }
  }
  const quotedBy = new Map<string, string[]>();
  const frontmatterOf = (page: Parsed) => readFrontmatter(page.source.data, page.source.lineOf);
  for (const page of pages) {
    const lines = page.text.replace(/\r\n/g, '\n').split('\n');
    lines.forEach((line, i) => {
      const mark = placeholderMarks.find((m) => line.includes(m));
      if (mark) {
        problems.push(editorialError(page.file, { line: i + 1, message: `还留着模板的占位文字“${mark}”：换成真实内容（标着“可删除”的可以整行删掉）` }));
      }
    });
    const body = texts.get(page) ?? { blocks: [], scripts: [] };
    const text = { blocks: [...frontmatterOf(page), ...body.blocks], scripts: body.scripts };
    for (const f of checkWording(text, dataScriptsOf(page), wordingData)) {
      problems.push((f.level === 'error' ? editorialError : reminder)(page.file, { line: f.line, field: f.field, message: f.message }));
    }
    const data = page.entries[0]?.data;
    if (data?.legalReview === 'pending') {
      const owner = typeof data.owner === 'string' ? data.owner : defaultOwner;
      problems.push(
        reminder(page.file, {
          line: page.source.lineOf(['legalReview']),
          field: 'legalReview',
          message: `这页还在等法务确认（页面顶部显示“待法务确认后使用”）：请${owner}交法务审阅，确认后删掉 legalReview 这一行`,
        }),
      );
    }
    // Quoted in the body, or listed for the page's answer.
    const cited = [...listPolicyIds(page.source.body).map((p) => p.id), ...dataScriptsOf(page).flatMap((s) => s.policies)];
    for (const id of cited) quotedBy.set(id, [...new Set([...(quotedBy.get(id) ?? []), page.file])]);

    if (data?.reviewed instanceof Date && isReviewStale(data.reviewed, today)) {
      const owner = typeof data.owner === 'string' ? data.owner : defaultOwner;
      problems.push(
        reminder(page.file, {
          line: page.source.lineOf(['reviewed']),
          message: `上次审核是 ${formatDay(data.reviewed)}，已超过 ${reviewMonths} 个月：请${owner}核对内容，改好后把 reviewed 改成今天的日期`,
        }),
      );
    }
  }

  const gateData = validData<{ id: string; title: string; stage: { id: string }; signals: string[] }>('gates');
  const gated = checked.map((entry) => {
    const page = byFile.get(entry.file)!;
    const { gate, playbook, order } = entry.data as { gate?: { id: string }; playbook?: { id: string }; order?: number };
    return { collection: entry.collection, id: entry.id, gate: gate?.id, playbook: playbook?.id, order, blocks: texts.get(page)?.blocks ?? [], file: page };
  });
  const gateList: GateData[] = gateData.map((g) => ({ ...g, stage: g.stage.id }));
  for (const f of checkGates(gated, gateList)) {
    const { file } = gated[f.page];
    problems.push(editorialError(file.file, { line: f.line ?? file.source.lineOf([f.field]) ?? 1, field: f.field, message: f.message }));
  }

  for (const policy of policies.filter((e) => e.valid)) {
    const data = policy.data as { id: string; title: string; value?: string };
    if (data.value) continue;
    const quoting = quotedBy.get(data.id) ?? [];
    problems.push({
      ...reminder(policy.file.file, {
        line: policy.file.source.lineOf(policy.path),
        field: data.id,
        message: `公司还没填写「${data.title}」：话术里显示成虚线框「${data.title}」，政策页显示“${policyUnset}”${quoting.length ? `。引用它的页面：${quoting.join('、')}` : '（还没有页面引用它）'}`,
      }),
      topic: 'unfilledPolicy',
    });
  }
  // File by file, top to bottom: the order an editor fixes them in.
  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** Fields said aloud that live in frontmatter, and the list each cites its policies from. */
const spokenFields: Partial<Record<string, { field: string; policies: string }>> = {
  objections: { field: 'answer', policies: 'policies' },
};

function dataScriptsOf(page: Parsed): DataScript[] {
  const spoken = spokenFields[page.collection];
  const data = asRecord(page.source.data);
  if (!spoken || typeof data[spoken.field] !== 'string') return [];
  const cited = Array.isArray(data[spoken.policies]) ? (data[spoken.policies] as unknown[]).map(String) : [];
  return [{ text: data[spoken.field] as string, policies: cited, field: spoken.field, line: page.source.lineOf([spoken.field]) ?? 1, exempt: false }];
}
