/**
 * What a page may say, checked by structure: the wording rules editors keep as data, applied to
 * the text read by read-page.ts.
 * - Risky wording (risky-wording.yaml), a policy stated as a promise (company.yaml `claims`) and a
 *   wording that contradicts a stance (stances.yaml) fail anywhere but the exempt blocks.
 * - A script (`<Say>`, or a field said aloud such as an objection's `answer`) that touches a
 *   company-set topic (a policy's `touches`) must cite that policy; 「按公司规定」 with no policy fails.
 * - A script is one turn of speech: stage directions inside the quote fail, length is a reminder.
 * Pure: data in, findings out, each with the line of the file.
 */
import { findPatterns } from './word-pattern.ts';
import type { PageText, Script, TextBlock } from './read-page.ts';

export interface WordingData {
  risky: Array<{ id: string; law: string; words: string[]; instead: string }>;
  policies: Array<{ id: string; title: string; claims: string[]; touches: string[] }>;
  stances: Array<{ id: string; topic: string; stance: string; law: string; contradicts: string[] }>;
}

export interface WordingFinding {
  line: number;
  field?: string;
  message: string;
  level: 'error' | 'warning';
}

/** A script said aloud from a frontmatter field: it cites policies through the entry's `policies` list. */
export interface DataScript extends Script {
  field: string;
}

/**
 * A script is what one person says in one turn. Three short sentences is what a rep can say
 * without the customer cutting in; 90 characters is about 20 seconds of speech at the ~4.5
 * characters a second of unhurried spoken Mandarin. `<Policy>` text is not counted: it is the
 * company's words, which the rep may read out or point to.
 */
export const sayLimits = { sentences: 3, characters: 90 };

/** 「按公司规定」 and its kin: a rule referred to but not cited. */
export const deferrals = ['按(照)?公司(的)?(规定|政策|制度|标准)', '以公司…为准', '按(照)?合同(规定|约定)?', '按(照)?政策', '公司(有|的)规定'];

/** Stage directions that belong in the `label`, not in what the rep says. */
export const stageDirections = ['(你|您)可以(这样|这么)?(说|回答|回应)', '(客户|老板|对方|经销商)(说|问)…(时|的话)…[：:]', '话术[：:]', '回答[：:]'];

const sentencesOf = (text: string) => text.split(/[。！？!?…]+/).filter((s) => /[\p{L}\p{N}]/u.test(s));
const charactersOf = (text: string) => (text.match(/[\p{L}\p{N}]/gu) ?? []).length;

function checkBlock(block: TextBlock, data: WordingData): WordingFinding[] {
  if (block.exempt) return [];
  const at = (index: number) => ({ line: block.lineAt(index), field: block.field, level: 'error' as const });
  const found: WordingFinding[] = [];
  for (const rule of data.risky) {
    for (const m of findPatterns(block.text, rule.words)) {
      found.push({
        ...at(m.index),
        message: `“${m.text}”不能对客户这样说（《${rule.law}》）：${rule.instead.replace(/。$/, '')}。只在“不要这样说”小节或 <Compliance> 里提到它。`,
      });
    }
  }
  for (const policy of data.policies) {
    for (const m of findPatterns(block.text, policy.claims)) {
      found.push({
        ...at(m.index),
        message: `“${m.text}”是在替公司许诺「${policy.title}」：只有公司能定，改成引用 <Policy id="${policy.id}" />，页面会显示公司填写的内容。`,
      });
    }
  }
  for (const stance of data.stances) {
    for (const m of findPatterns(block.text, stance.contradicts, { skipNegated: true })) {
      found.push({
        ...at(m.index),
        message: `“${m.text}”和全站对「${stance.topic}」的说法相反（${stance.law}）。全站的说法是：${stance.stance} 改写成这个意思；要举反例，放进“不要这样说”小节或 <Compliance>。`,
      });
    }
  }
  return found;
}

function checkScript(script: Script, data: WordingData, field?: string): WordingFinding[] {
  if (script.exempt) return [];
  const found: WordingFinding[] = [];
  const where = { line: script.line, field };
  const cite = (id: string) => (field ? `在 frontmatter 的 policies 里加上 ${id}` : `在同一段 <Say> 里加上 <Policy id="${id}" />`);
  for (const policy of data.policies) {
    if (script.policies.includes(policy.id)) continue;
    const words = [...new Set(findPatterns(script.text, policy.touches).map((m) => m.text))];
    if (words.length) {
      found.push({
        ...where,
        level: 'error',
        message: `这段话术说到“${words.join('”“')}”，碰到了只有公司能定的「${policy.title}」：${cite(policy.id)}，别用自己的话许诺。`,
      });
    }
  }
  if (!script.policies.length) {
    const deferral = findPatterns(script.text, deferrals)[0];
    if (deferral)
      found.push({
        ...where,
        level: 'error',
        message: `“${deferral.text}”没有说是哪一条：${field ? '在 frontmatter 的 policies 里写上' : '加上'}对应的 <Policy id="…" />，让客户看到公司的原话。`,
      });
  }
  const direction = findPatterns(script.text, stageDirections)[0];
  if (direction)
    found.push({
      ...where,
      level: 'error',
      message: `“${direction.text}”是给销售的提示，不是对客户说的话：写进 label（例如 <Say label="老板说太贵时">），话术里只留要说出口的话。`,
    });
  const sentences = sentencesOf(script.text).length;
  const characters = charactersOf(script.text);
  if (sentences > sayLimits.sentences || characters > sayLimits.characters) {
    found.push({
      ...where,
      level: 'warning',
      message: `这段话术有 ${sentences} 句、${characters} 个字，一口气说不完（上限约 ${sayLimits.sentences} 句、${sayLimits.characters} 字）：拆成两段各带 label 的 <Say>，或删到要紧的一两句。`,
    });
  }
  return found;
}

/** Findings for one page: its blocks and scripts, and the scripts held in frontmatter fields. */
export function checkWording(page: PageText, dataScripts: DataScript[], data: WordingData): WordingFinding[] {
  return [
    ...page.blocks.flatMap((b) => checkBlock(b, data)),
    ...page.scripts.flatMap((s) => checkScript(s, data)),
    ...dataScripts.flatMap((s) => checkScript(s, data, s.field)),
  ].sort((a, b) => a.line - b.line);
}
