/**
 * <dealer-choice>: the market situation, up to four candidates scored standard by standard with a
 * line of evidence each, a verdict per candidate (lib/choose/assess.ts, the company's rule) and a
 * side-by-side table. Saved on the phone through openStored, so a second tab's changes merge.
 * Answers redraw only the verdicts; a note is saved when the rep leaves its field, never
 * re-rendered under the cursor.
 */
import { assess, keyItems, type Answer, type Assessment } from '../../lib/choose/assess';
import type { ChooseData } from '../../lib/choose/choose-data';
import {
  addCandidate,
  CHOICE_KEY,
  MAX_CANDIDATES,
  parseChoice,
  removeCandidate,
  serialiseChoice,
  setAnswer,
  setEvidence,
  setMarket,
  type Candidate,
  type Choice,
} from '../../lib/choose/choice-state';
import type { StoredState, Change } from '../../lib/commit-stored';
import { openStored } from '../storage';
import { checkVisitLink } from '../../lib/choose/check-visit';
import { choiceFromHash, choiceLink, type Incoming } from '../../lib/choose/choice-link';
import { h } from '../dom';
import { shareOrCopy } from '../share';
import { chooseText, sharedLinkText } from '../../lib/ui-text';

// Merging and files are rare on this page: their code loads on first use.
const transfer = () => import('../../lib/choose/choice-transfer');
const files = () => import('../files');

const answerLabel: Record<Answer, string> = chooseText.answerLabel;
const verdictStyle: Record<Assessment['verdict'], string> = {
  choose: 'border-accent bg-accent-soft',
  'key-failed': 'border-warn bg-warn-soft',
  'below-fit': 'border-warn bg-warn-soft',
  investigate: 'border-line bg-panel',
};

class DealerChoice extends HTMLElement {
  #data!: ChooseData;
  #stored!: StoredState<Choice>;
  #message!: HTMLElement;

  connectedCallback() {
    this.#data = JSON.parse(this.querySelector('[data-choose-data]')!.textContent!) as ChooseData;
    this.#message = this.querySelector('[data-message]')!;
    const loaded = openStored(CHOICE_KEY, parseChoice, serialiseChoice, () => this.#onSavedElsewhere());
    this.#stored = loaded.stored;
    if (loaded.message) {
      this.#commit((latest) => latest);
      this.#say(loaded.message);
    }
    void this.#openLink();
    // A link pasted into a tab already on /choose/ changes only the hash.
    window.addEventListener('hashchange', () => void this.#openLink());
    this.#prefillFromVisit();
    this.querySelector('[data-market]')!.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      this.#commit(setMarket(input.value));
      this.#render();
    });
    this.querySelector<HTMLFormElement>('[data-add]')!.addEventListener('submit', (event) => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      const name = (new FormData(form).get('name') as string).trim();
      if (!name) return;
      if (this.#stored.state.candidates.length >= MAX_CANDIDATES) return this.#say(chooseText.tooMany(MAX_CANDIDATES));
      this.#commit(addCandidate({ id: crypto.randomUUID().slice(0, 8), name, answers: {}, evidence: {} }));
      form.reset();
      this.#render();
    });
    this.querySelector('[data-action="print"]')!.addEventListener('click', () => window.print());
    this.querySelector('[data-action="share"]')!.addEventListener('click', () => this.#share());
    this.querySelector('[data-action="export"]')!.addEventListener('click', () => void this.#export());
    this.querySelector<HTMLInputElement>('[data-import]')!.addEventListener('change', (event) => this.#import(event.target as HTMLInputElement));
    this.#render();
    for (const part of this.querySelectorAll('[data-pending]')) part.removeAttribute('data-pending');
  }

  /** Opened from /prepare/ for a dealer visit: the visit's customer is offered as a candidate, not added. */
  #prefillFromVisit() {
    const name = new URLSearchParams(location.search).get('candidate')?.trim().slice(0, 60);
    if (!name || this.#stored.state.candidates.some((c) => c.name === name)) return;
    this.querySelector<HTMLInputElement>('[data-add] input[name="name"]')!.value = name;
  }

  /** Merges the comparison of a `#c=…` link, then drops the hash so a reload does not merge it again. */
  async #openLink() {
    const shared = choiceFromHash(location.hash);
    if (!shared) return;
    history.replaceState(null, '', location.pathname + location.search);
    await this.#merge(shared, chooseText.openedShared);
  }

  /** A share link or a file, merged into what this phone saved (lib/choose/choice-transfer.ts). */
  async #merge(incoming: Incoming, done: string) {
    if (!incoming.ok) return this.#say(incoming.message);
    const { mergeChoice, describeChoiceMerge } = await transfer();
    let merged: ReturnType<typeof mergeChoice> | undefined;
    this.#commit((latest) => (merged = mergeChoice(latest, incoming.choice)).state);
    const marketText = (id: string) => this.#data.markets.find((m) => m.id === id)?.text ?? id;
    this.#say(`${done}：${describeChoiceMerge(merged!, marketText)}${incoming.message ?? ''}`);
    this.#render();
  }

  async #export() {
    const [{ serialiseChoiceFile }, { download, today }] = await Promise.all([transfer(), files()]);
    download(chooseText.fileName(today()), serialiseChoiceFile(this.#stored.state));
  }

  async #import(input: HTMLInputElement) {
    const [{ readChoiceFile, MAX_FILE_BYTES }, { chosenFile }] = await Promise.all([transfer(), files()]);
    const file = await chosenFile(input, MAX_FILE_BYTES);
    if (!file) return;
    await this.#merge(
      readChoiceFile(file.size, () => file.text),
      chooseText.imported,
    );
  }

  /** 发给经理: the whole comparison in a link that opens it on another phone, merged into what is there. */
  async #share() {
    const { candidates } = this.#stored.state;
    const url = choiceLink(`${location.origin}${location.pathname}`, this.#stored.state);
    const outcome = await shareOrCopy({ title: chooseText.shareTitle(this.#data.title, candidates.length), url }, url);
    if (outcome === 'copied') this.#say(chooseText.linkCopied);
    if (outcome === 'failed') this.#say(sharedLinkText.copyFailed(url));
  }

  /** Another tab saved: redraw, except under a note being written, which keeps its box. */
  #onSavedElsewhere() {
    const typing = document.activeElement instanceof HTMLInputElement && document.activeElement.type !== 'radio' && this.contains(document.activeElement);
    if (typing) this.#renderVerdicts();
    else this.#render();
  }

  #commit(change: Change<Choice>) {
    if (this.#stored.commit(change).newlyRefused) this.#say(chooseText.cannotSave);
  }

  #say(text: string) {
    this.#message.textContent = text;
  }

  #render() {
    const { market, candidates } = this.#stored.state;
    for (const radio of this.querySelectorAll<HTMLInputElement>('[data-market] input')) radio.checked = radio.value === (market ?? '');
    this.querySelector<HTMLFormElement>('[data-add] button')!.disabled = candidates.length >= MAX_CANDIDATES;
    this.querySelector('[data-candidates]')!.replaceChildren(...candidates.map((c) => this.#card(c)));
    this.#renderVerdicts();
  }

  #assess(candidate: Candidate) {
    return assess(this.#data.rule, this.#stored.state.market, candidate.answers);
  }

  #verdictText(a: Assessment) {
    const v = this.#data.verdicts;
    return { choose: v.choose, 'key-failed': v.keyFailed, 'below-fit': v.belowFit, investigate: v.investigate.replace('{n}', String(a.unknown.length)) }[
      a.verdict
    ];
  }

  #textOf = (item: string) => this.#data.criteria.find((c) => c.item === item)?.text ?? item;

  /** The verdict lines of every card and the comparison table, from the saved answers. */
  #renderVerdicts() {
    const { candidates } = this.#stored.state;
    const rows = candidates.map((c) => {
      const a = this.#assess(c);
      const summary = this.querySelector(`[data-summary="${c.id}"]`);
      summary?.replaceChildren(...this.#summary(a), ...(a.unknown.length && a.verdict !== 'key-failed' ? [this.#checkLink(c, a)] : []));
      summary?.setAttribute('class', `rounded-lg border-l-4 px-3 py-2 ${verdictStyle[a.verdict]}`);
      this.querySelector(`[data-print-lines="${c.id}"]`)?.replaceChildren(...this.#printLines(c));
      const row = h('tr');
      const cell = (label: string, text: string) => {
        const td = h('td', '', text);
        td.dataset.label = label;
        return td;
      };
      row.append(
        cell(chooseText.candidate, c.name),
        cell(chooseText.fit, a.share === undefined ? '—' : `${Math.round(a.share * 100)}%`),
        cell(chooseText.keyFailed, a.keyFailed.length ? a.keyFailed.map(this.#textOf).join('；') : chooseText.none),
        cell(chooseText.unknown, chooseText.items(a.unknown.length)),
        cell(chooseText.verdict, this.#verdictText(a)),
      );
      row.lastElementChild!.className = 'font-semibold';
      return row;
    });
    this.querySelector('[data-compare-rows]')!.replaceChildren(...rows);
    this.querySelector<HTMLElement>('[data-compare]')!.hidden = candidates.length === 0;
    this.querySelector<HTMLButtonElement>('[data-action="export"]')!.disabled = candidates.length === 0;
  }

  #summary(a: Assessment): Node[] {
    const head = h('p', 'font-bold', this.#verdictText(a));
    const share = h(
      'p',
      'text-sm',
      a.share === undefined ? chooseText.notScored : chooseText.fitShare(Math.round(a.share * 100), Math.round(this.#data.rule.fitThreshold * 100)),
    );
    const out: Node[] = [head, share];
    if (a.keyFailed.length) out.push(h('p', 'text-sm', chooseText.keyFailedList(a.keyFailed.map(this.#textOf).join('；'))));
    if (a.unknown.length) out.push(h('p', 'text-sm', chooseText.unknownList(a.unknown.length, a.unknown.map(this.#textOf).join('；'))));
    return out;
  }

  /** On paper, under the verdict: each standard answered, with its evidence, since the form is not printed. */
  #printLines(candidate: Candidate) {
    return this.#data.criteria.flatMap(({ item, text }) => {
      const answer = candidate.answers[item] ?? 'unknown';
      const evidence = candidate.evidence[item]?.trim();
      if (answer === 'unknown' && !evidence) return [];
      return [h('li', '', `【${answerLabel[answer]}】${text}${evidence ? `：${evidence}` : ''}`)];
    });
  }

  /** A link to /prepare/ with a visit that checks this candidate's unknown standards. */
  #checkLink(candidate: Candidate, a: Assessment) {
    const link = h('a', 'btn mt-2 inline-flex items-center no-underline print:hidden', chooseText.checkInVisit(a.unknown.length));
    const prepare = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}prepare/`;
    link.href = checkVisitLink(
      prepare,
      candidate.name,
      a.unknown.map((item) => ({ item, text: this.#textOf(item) })),
      crypto.randomUUID().slice(0, 8),
      Date.now(),
    );
    return link;
  }

  #card(candidate: Candidate) {
    const key = keyItems(this.#data.rule, this.#stored.state.market);
    const card = h('section', 'candidate rounded-lg border border-line p-4 break-inside-avoid');
    card.setAttribute('aria-label', chooseText.candidateLabel(candidate.name));
    const head = h('div', 'mb-2 flex items-center gap-2');
    head.append(h('h2', 'mr-auto text-lg font-bold', candidate.name));
    const remove = h('button', 'btn print:hidden', chooseText.remove);
    remove.type = 'button';
    remove.setAttribute('aria-label', chooseText.removeLabel(candidate.name));
    remove.addEventListener('click', () => {
      if (!confirm(chooseText.confirmRemove(candidate.name))) return;
      this.#commit(removeCandidate(candidate.id));
      this.#render();
    });
    head.append(remove);
    const summary = h('div', 'rounded-lg border-l-4 px-3 py-2');
    summary.dataset.summary = candidate.id;
    summary.setAttribute('aria-live', 'polite');
    const details = h('details', 'mt-3');
    details.open = Object.keys(candidate.answers).length < this.#data.criteria.length;
    details.append(h('summary', 'min-h-11 cursor-pointer py-2 font-semibold', chooseText.criteria(this.#data.criteria.length)));
    let group = '';
    for (const criterion of this.#data.criteria) {
      if (criterion.group !== group) details.append(h('h3', 'mt-4 mb-1 text-sm font-bold text-muted', (group = criterion.group)));
      details.append(this.#criterion(candidate, criterion, key.has(criterion.item)));
    }
    const printLines = h('ul', 'print-lines hidden print:block');
    printLines.dataset.printLines = candidate.id;
    card.append(head, summary, printLines, details);
    return card;
  }

  #criterion(candidate: Candidate, criterion: ChooseData['criteria'][number], isKey: boolean) {
    const box = h('fieldset', 'mt-2 rounded-lg border border-line px-3 py-2');
    const legend = h('legend', 'px-1 font-semibold', criterion.text);
    if (isKey) legend.append(h('span', 'ml-2 rounded bg-warn-soft px-1.5 text-xs text-ink', chooseText.key));
    box.append(legend);
    if (criterion.hint) box.append(h('p', 'text-sm text-muted', criterion.hint));
    const choices = h('div', 'mt-1 grid grid-cols-2 gap-1 sm:grid-cols-4');
    const current = candidate.answers[criterion.item] ?? 'unknown';
    for (const answer of Object.keys(answerLabel) as Answer[]) {
      const label = h('label', 'flex min-h-11 items-center gap-2 rounded border border-line px-2 text-sm has-checked:border-accent has-checked:bg-accent-soft');
      const input = h('input', 'size-4 shrink-0');
      Object.assign(input, { type: 'radio', name: `${candidate.id}-${criterion.item}`, value: answer, checked: answer === current });
      input.addEventListener('change', () => {
        this.#commit(setAnswer(candidate.id, criterion.item, answer, Date.now()));
        this.#renderVerdicts();
      });
      label.append(input, answerLabel[answer]);
      choices.append(label);
    }
    const evidence = h('input', 'mt-2 min-h-11 w-full rounded border border-line bg-paper px-2 text-sm');
    Object.assign(evidence, {
      maxLength: 300,
      autocomplete: 'off',
      placeholder: chooseText.evidencePlaceholder,
      value: candidate.evidence[criterion.item] ?? '',
    });
    evidence.setAttribute('aria-label', chooseText.evidenceLabel(criterion.text));
    evidence.addEventListener('change', () => {
      this.#commit(setEvidence(candidate.id, criterion.item, evidence.value, Date.now()));
      this.#renderVerdicts();
    });
    box.append(choices, evidence);
    return box;
  }
}

customElements.define('dealer-choice', DealerChoice);
