/**
 * The search vocabulary shipped to the browser: the generic Chinese stopword list (stopwords-zh)
 * with the site's own additions and exceptions, and the synonym groups. Built once at build
 * time from content/search/*.yaml; errors name the group so an editor can fix it.
 */
export interface Vocabulary {
  /** Words dropped from every query. */
  stopwords: string[];
  /** Groups of words searched together: any one in a query brings in the rest. */
  synonyms: string[][];
  /** Misspelling → index of the synonym group searched instead. */
  typos: Record<string, number>;
  /** Concept groups: [everyday sayings, the pages' words for the idea], searched as a weaker extra. */
  concepts: Array<[string[], string[]]>;
  /** A pair rare on the site → the terms' pairs that sound like it (意义 → 异议), searched beside it. */
  soundAlikes?: Record<string, string[]>;
}

interface StopwordInput {
  id: string;
  drop: string[];
  keep: string[];
}
interface SynonymInput {
  id: string;
  terms: string[];
  typos?: string[];
}
interface ConceptInput {
  id: string;
  says: string[];
  means: string[];
}

/**
 * Words in two groups (synonym or concept), synonyms that are also stopwords, and sayings that are
 * already synonyms: each with the group to fix.
 */
export function findVocabularyProblems(
  generic: string[],
  stopGroups: StopwordInput[],
  synonymGroups: SynonymInput[],
  conceptGroups: ConceptInput[] = [],
): Array<{ group: string; message: string }> {
  return problemsOf(stopwordSet(generic, stopGroups), synonymGroups, conceptGroups);
}

function problemsOf(stopwords: Set<string>, synonymGroups: SynonymInput[], conceptGroups: ConceptInput[]): Array<{ group: string; message: string }> {
  const problems: Array<{ group: string; message: string }> = [];
  const owner = new Map<string, string>();
  for (const group of synonymGroups) {
    for (const term of [...group.terms, ...(group.typos ?? [])]) {
      const other = owner.get(term);
      if (other) problems.push({ group: group.id, message: `同义词“${term}”同时在 ${other} 和 ${group.id} 两组里：一个词只能在一组` });
      owner.set(term, group.id);
      // A synonym that is also a stopword would be thrown away before it could be expanded.
      if (stopwords.has(term))
        problems.push({ group: group.id, message: `同义词组 ${group.id} 的“${term}”也是停用词：从 stopwords.yaml 去掉，或在 keep 里保留` });
    }
  }
  // A saying that is a synonym is expanded to its group already; one in two concepts is ambiguous.
  const sayer = new Map<string, string>();
  for (const group of conceptGroups) {
    for (const saying of group.says) {
      const synonym = owner.get(saying);
      if (synonym) problems.push({ group: group.id, message: `概念组 ${group.id} 的说法“${saying}”已经是同义词组 ${synonym} 的词：留在一处` });
      const other = sayer.get(saying);
      if (other) problems.push({ group: group.id, message: `说法“${saying}”同时在概念组 ${other} 和 ${group.id} 里：一个说法只能指一个概念` });
      sayer.set(saying, group.id);
      if (stopwords.has(saying)) problems.push({ group: group.id, message: `概念组 ${group.id} 的说法“${saying}”是停用词，查询里会被去掉` });
    }
  }
  return problems;
}

function stopwordSet(generic: string[], stopGroups: StopwordInput[]): Set<string> {
  const keep = new Set(stopGroups.flatMap((g) => g.keep));
  return new Set([...generic, ...stopGroups.flatMap((g) => g.drop)].filter((w) => !keep.has(w)));
}

export function buildVocabulary(generic: string[], stopGroups: StopwordInput[], synonymGroups: SynonymInput[], conceptGroups: ConceptInput[] = []): Vocabulary {
  const stopwords = stopwordSet(generic, stopGroups);
  const problems = problemsOf(stopwords, synonymGroups, conceptGroups);
  if (problems.length > 0) throw new Error(`搜索词表有 ${problems.length} 个问题：\n${problems.map((p) => p.message).join('\n')}`);
  const typos: Record<string, number> = {};
  synonymGroups.forEach((group, index) => group.typos?.forEach((typo) => (typos[typo] = index)));
  const concepts = conceptGroups.map((g): [string[], string[]] => [[...g.says], [...g.means]]);
  return { stopwords: [...stopwords].sort(), synonyms: synonymGroups.map((g) => [...g.terms]), typos, concepts };
}
