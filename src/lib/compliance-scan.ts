/**
 * Finds wording that must not reach a customer in a content file: promised returns, gifts to the
 * counterparty's staff, personal data from résumés, a company policy promised in a rep's own words.
 * Pure and line-based, so every finding is `file:line`. The customer's own words (`phrases`,
 * `aliases`) are not the rep's and are skipped; so are 不要这样说 sections and `<Compliance>` and
 * `<Warning>` blocks, which exist to name what not to do.
 */
export interface WordingRule {
  /** What the rule is, for the message: a law, or `公司政策「…」`. */
  reason: string;
  words: string[];
  instead: string;
}

export interface Finding {
  line: number;
  word: string;
  reason: string;
  instead: string;
}

/** Frontmatter keys holding the customer's words, not the rep's. */
const customerKeys = new Set(['phrases', 'aliases', 'asks']);
const allowedBlock = /<(Compliance|Warning)\b/;

export function scanWording(source: string, rules: WordingRule[]): Finding[] {
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  const findings: Finding[] = [];
  let inFrontmatter = lines[0] === '---';
  let key = '';
  let dontSayLevel = 0; // heading level of an open 不要这样说 section, 0 when none
  let block = ''; // open <Compliance> or <Warning>

  lines.forEach((text, index) => {
    if (index > 0 && inFrontmatter && text === '---') {
      inFrontmatter = false;
      return;
    }
    if (inFrontmatter) {
      const top = /^([A-Za-z]\w*):/.exec(text);
      if (top) key = top[1];
      if (customerKeys.has(key)) return;
    } else {
      const heading = /^(#{1,6})\s+(.*)$/.exec(text);
      if (heading) {
        const level = heading[1].length;
        if (dontSayLevel && level <= dontSayLevel) dontSayLevel = 0;
        if (/不要这样说|别这样说|不能说/.test(heading[2])) dontSayLevel = level;
      }
      if (!block) {
        const opening = allowedBlock.exec(text);
        if (opening) {
          // Open until its closing tag; a self-closing or one-line block covers this line only.
          const rest = text.slice(opening.index);
          const oneLine = rest.includes(`</${opening[1]}>`) || /^<\w+\b[^>]*\/>/.test(rest);
          if (!oneLine) block = opening[1];
          return;
        }
      } else {
        if (text.includes(`</${block}>`)) block = '';
        return;
      }
      if (dontSayLevel) return;
    }
    for (const rule of rules) {
      for (const word of rule.words) {
        if (text.includes(word)) findings.push({ line: index + 1, word, reason: rule.reason, instead: rule.instead });
      }
    }
  });
  return findings;
}
