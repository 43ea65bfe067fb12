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

/** Words in two synonym groups, or synonyms that are also stopwords: each with the group to fix. */
export function findVocabularyProblems(
  generic: string[],
  stopGroups: StopwordInput[],
  synonymGroups: SynonymInput[],
): Array<{ group: string; message: string }> {
  return problemsOf(stopwordSet(generic, stopGroups), synonymGroups);
}

function problemsOf(stopwords: Set<string>, synonymGroups: SynonymInput[]): Array<{ group: string; message: string }> {
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
  return problems;
}

function stopwordSet(generic: string[], stopGroups: StopwordInput[]): Set<string> {
  const keep = new Set(stopGroups.flatMap((g) => g.keep));
  return new Set([...generic, ...stopGroups.flatMap((g) => g.drop)].filter((w) => !keep.has(w)));
}

export function buildVocabulary(generic: string[], stopGroups: StopwordInput[], synonymGroups: SynonymInput[]): Vocabulary {
  const stopwords = stopwordSet(generic, stopGroups);
  const problems = problemsOf(stopwords, synonymGroups);
  if (problems.length > 0) throw new Error(`搜索词表有 ${problems.length} 个问题：\n${problems.map((p) => p.message).join('\n')}`);
  const typos: Record<string, number> = {};
  synonymGroups.forEach((group, index) => group.typos?.forEach((typo) => (typos[typo] = index)));
  return { stopwords: [...stopwords].sort(), synonyms: synonymGroups.map((g) => [...g.terms]), typos };
}
