/**
 * What kind of question a query is, read from its shape rather than its topic, and how that
 * nudges the ranking (issue 24, item 4):
 * - the customer's voice (你们…, 凭什么) leans to objection pages;
 * - 怎么 / 如何 to stages and checklists;
 * - 是什么 / 区别 / 分几类 to guides, channel types and the sections' index pages;
 * - a kind of channel and its traits (这种渠道 / 型渠道 / 利弊 / 适合做) to channel types;
 * - a whole (所有 / 一共 / 整套 / 目录) to playbook overviews and the sections' index pages;
 * - "…之后呢 / 下一步" to the stage after the one the query names (the best-matching stage).
 * Each nudge is a small factor measured on the sets written from the source (bench:search prints what each adds);
 * none can lift a page the words did not find, except the next stage of one they did.
 */
import { sectionIndexLabel, typeLabel } from '../collections.ts';
import { pairs } from './query-plan.ts';
import type { StageMap } from './stage-map.ts';
import { tuning } from './tuning.ts';

export type Voice = 'customer' | 'overview' | 'define' | 'kind' | 'howto';
export interface Intent {
  voice?: Voice;
  /** Asks what comes after a step ("工程信息收集完了下一步"). */
  next: boolean;
  /** The step the rep says is done, as typed ("培训" in 培训完了接下来干嘛), when the query says it. */
  done?: string;
  /** Else the words just before the question (学校联系方式拿到 in …拿到了然后干嘛). */
  before?: string;
}

const customer = /你们|你这|你家|贵公司|凭什么|咱们这|给我|还要我|让我|我得/;
const overview = /完整|整套|全套|全部|所有|汇总|目录|总览|一览|一共|总共|全流程|都在哪|大全/;
const define = /是什么|什么是|啥是|什么意思|啥意思|是啥|指什么|区别|有什么不同|哪几(个|种|类|步)|有哪些|分几(种|类)/;
/** A kind of channel and what it is like: what to stress with it, whether someone suits it. */
const kind = /这(种|类|一类)(渠道|客户|人|合作方|经销商|代理|商)|型渠道|利弊|优缺点|优劣|适合(做|当|发展)/;
const howto = /怎么|如何|咋|怎样|要不要|该不该|应该|方法|技巧|步骤/;
/** The first shape a query has is its voice: 你们的流程都有哪些 is the customer speaking. */
const shapes: Array<[Voice, RegExp]> = [
  ['customer', customer],
  ['overview', overview],
  ['define', define],
  // Before 怎么: 经销商这种客户怎么拜访 asks about the kind of customer, not a step.
  ['kind', kind],
  ['howto', howto],
];
const next =
  /下一步|接下来|后接着|了[，,]?接着|然后(呢|干嘛|干啥|做什么|做啥|怎么办)|之后呢|以后呢|后面呢|(?<![售然最背前落午今])后(咋办|怎么办|干嘛|干啥|做什么|做啥)$|(完了?|好了?|之后|以后|定了|妥了)[^，。,.]{0,4}(做什么|干什么|干嘛|干啥|做啥|怎么(弄|办|做|开发|跟进|推进)|咋办|咋弄|要做|该做|呢)$/;

// 后 alone ends the step only before the words that ask what follows (谈妥后接着…, 中标后咋办), not in 售后.
const doneStep = /(\p{Script=Han}{2,}?)(?:完了?|好了?|之后|以后|结束了?|后(?=接|下一步|然后)|(?<![售然最背前落午今])后(?=咋办|怎么办|干嘛|干啥|做什么|做啥))/u;

/** The last run of two or more Han characters in `text`, without a closing 了. */
const stepBefore = (text: string) => /(\p{Script=Han}{2,}?)了?[^\p{Script=Han}]*$/u.exec(text)?.[1];

export function intentOf(query: string): Intent {
  const voice = shapes.find(([, shape]) => shape.test(query))?.[0];
  const asked = next.exec(query);
  const done = asked ? doneStep.exec(query)?.[1] : undefined;
  const before = asked && !done ? stepBefore(query.slice(0, asked.index)) : undefined;
  return { voice, next: asked !== null, ...(done ? { done } : {}), ...(before ? { before } : {}) };
}

/**
 * The stage titled "X后" for a step X the rep says is done (培训完了 → 培训后): the playbook's own
 * word for what follows X, which may come after a stage the words match better (培训中 → 培训后,
 * but also 培训后 → 突破).
 */
function afterStageOf(done: string, stages: StageMap): string | undefined {
  return Object.keys(stages).find((id) => {
    const step = /^(\p{Script=Han}{2,})后/u.exec(stages[id].title)?.[1];
    return step !== undefined && done.includes(step);
  });
}

/** The pairs of characters in a text, for matching a step the rep names against stage titles. */
const pairsOf = (text: string) => new Set(pairs(text));

/**
 * The found stage (with a next one) whose title the step the rep says is done names (首期合作达成一致后
 * → 首期合作达成共识; 外包合同签完 → 签订合同), by the title's pairs of characters in it: most pairs,
 * then the better score, so with none named it is the best such stage. Only stages scoring within
 * half the best stage's: a title pair alone (确定目标) must not outweigh what the words found. The
 * words before the question count the same way, but never for "X后" (拿到培训机会了 is not 培训完了).
 */
function namedStage(done: string, found: Weighed[], stages: StageMap): Weighed | undefined {
  const best = found.find(({ id }) => stages[id])?.score ?? 0;
  const typed = pairsOf(done);
  const titlePairs = new Map(Object.entries(stages).map(([id, { title }]) => [id, pairsOf(title)]));
  // A pair in many titles (渠道, 拜访, 合作) names no one stage; nor does the playbook's subject
  // (外包 in 外包公司选好了 is 渠道开发外包's, not its stage 开展外包).
  const naming = (pair: string) => typed.has(pair) && [...titlePairs.values()].filter((t) => t.has(pair)).length <= 2;
  const candidates = found.filter(({ id, score }) => stages[id]?.next && score >= best / 2);
  const shared = new Map(
    candidates.map(({ id }) => {
      const subject = pairsOf(stages[id].playbook ?? '');
      return [id, [...titlePairs.get(id)!].filter((pair) => naming(pair) && !subject.has(pair)).length];
    }),
  );
  return candidates.sort((a, b) => shared.get(b.id)! - shared.get(a.id)! || b.score - a.score)[0];
}

/** Page kinds each voice leans to. */
const leansTo: Record<Voice, string[]> = {
  customer: [typeLabel.objections],
  // A playbook's overview is its steps all together; a section's index lists a whole kind of page.
  overview: [typeLabel.playbooks, sectionIndexLabel],
  define: [typeLabel.guides, typeLabel.channelTypes, sectionIndexLabel],
  kind: [typeLabel.channelTypes],
  // Not playbooks: a playbook's overview holds every stage's words, the stage holds the how.
  howto: [typeLabel.stages, typeLabel.checklists],
};

/** How much each signal weighs (tuning.ts says where each was measured; 0 turns one off in the bench). */
export interface SignalWeights {
  customer: number;
  overview: number;
  define: number;
  kind: number;
  howto: number;
  /** The next stage scores its predecessor's score times (1 + next). */
  next: number;
}
/** From tuning.ts, where each is measured. */
export const signalWeights: SignalWeights = tuning.intent;

export interface Weighed {
  id: string;
  score: number;
  /** For a stage lifted as the step after another result: that result's id. */
  after?: string;
}

/**
 * Re-weighs a ranking by the query's intent. For a "what next" question the best-matching stage
 * hands its score, raised, to the stage after it, which joins the list if the words missed it.
 */
export function weighByIntent(
  ranked: Array<{ id: string; score: number }>,
  intent: Intent,
  /** Each page's kind (its Pagefind `type`), and for a "what next" question the stage order. */
  { kindOf, stages = {} }: { kindOf: (id: string) => string | undefined; stages?: StageMap },
  weights: SignalWeights = signalWeights,
): Weighed[] {
  const kinds = intent.voice ? leansTo[intent.voice] : [];
  const factor = intent.voice ? 1 + weights[intent.voice] : 1;
  const leaning = (id: string) => kinds.includes(kindOf(id) ?? '');
  // A question about a kind of channel is about the one its words name best, not every kind.
  const only = intent.voice === 'kind' ? ranked.filter(({ id }) => leaning(id)).sort((a, b) => b.score - a.score)[0]?.id : undefined;
  const out = new Map<string, Weighed>();
  for (const { id, score } of ranked) {
    const lifted = only === undefined ? leaning(id) : id === only;
    out.set(id, { id, score: lifted ? score * factor : score });
  }
  if (intent.next && weights.next > 0) {
    // The step the rep names is the best-matching page that has a next step; only it hands on.
    // Where the playbook has a stage called "X后" for the step the rep says is done, that is the next
    // one; else a found stage whose title the done step names hands on.
    const byScore = [...out.values()].sort((a, b) => b.score - a.score);
    const afterDone = intent.done ? afterStageOf(intent.done, stages) : undefined;
    const step = intent.done ?? intent.before;
    const predecessor = afterDone && Object.keys(stages).find((id) => stages[id].next === afterDone);
    // That stage's predecessor hands on with the best stage score, as if the words had named it.
    const bestStage = byScore.find(({ id }) => stages[id])?.score ?? 0;
    const named = predecessor
      ? { id: predecessor, score: Math.max(out.get(predecessor)?.score ?? 0, bestStage) }
      : ((step && namedStage(step, byScore, stages)) ?? byScore.find(({ id }) => stages[id]?.next));
    const after = named && stages[named.id].next!;
    if (after) {
      const lifted = named.score * (1 + weights.next);
      if (lifted > (out.get(after)?.score ?? 0)) out.set(after, { id: after, score: lifted, after: named.id });
    }
  }
  return [...out.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
