/**
 * DOM for the visit-prep island. Every string a rep typed goes in through textContent or
 * .value, never as HTML. Rows are cloned from the page's template of components/CheckItem.astro;
 * list headings match components/PrepChecklist.astro.
 */
import { groupItems } from '../../lib/prepare/checklist-groups';
import { itemId, type AssembledList } from '../../lib/prepare/assemble-checklist';
import type { Visit } from '../../lib/prepare/visit-state';
import type { PrepChannel } from '../../lib/prepare/prepare-data';
import { policyUnset } from '../../lib/labels';
import { withBase } from '../../lib/urls';
import { h } from '../dom';
import { prepareText } from '../../lib/ui-text';

/** A row cloned from the page's one row template (components/CheckItem.astro), then filled in. */
function itemRow(template: HTMLTemplateElement, key: string, label: string, hint: string | undefined, visit: Visit, removable: boolean): HTMLLIElement {
  const li = template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
  const box = li.querySelector('input')!;
  box.id = itemId(key);
  box.dataset.key = key;
  box.checked = visit.checked.includes(key);
  li.querySelector('label')!.htmlFor = box.id;
  li.querySelector('[data-item-text]')!.textContent = label;
  const hintLine = li.querySelector('[data-item-hint]')!;
  if (hint) hintLine.textContent = hint;
  else hintLine.remove();
  const note = visit.notes[key];
  const noteLine = li.querySelector('[data-item-note]')!;
  if (note) noteLine.textContent = prepareText.noteLine(note);
  else noteLine.remove();
  const noteButton = li.querySelector<HTMLButtonElement>('[data-note]')!;
  noteButton.textContent = note ? prepareText.editNote : prepareText.note;
  noteButton.dataset.note = key;
  noteButton.setAttribute('aria-label', prepareText.noteLabel(Boolean(note), label));
  const remove = li.querySelector<HTMLButtonElement>('[data-remove]')!;
  if (removable) {
    remove.dataset.remove = key.slice('custom/'.length);
    remove.setAttribute('aria-label', prepareText.removeItem(label));
  } else remove.remove();
  return li;
}

export function renderLists(lists: AssembledList[], visit: Visit, template: HTMLTemplateElement): HTMLElement[] {
  const sections = lists.map((list) => {
    const section = h('section', 'prep-list mb-5');
    section.append(h('h2', 'mb-2 text-lg font-bold', list.title));
    for (const { group, items } of groupItems(list.items)) {
      if (group) section.append(h('h3', 'mt-3 mb-1 font-semibold text-muted', group));
      const ul = h('ul', 'space-y-1');
      ul.append(...items.map((item) => itemRow(template, item.key, item.text, item.hint, visit, false)));
      section.append(ul);
    }
    return section;
  });
  if (visit.custom.length > 0) {
    const section = h('section', 'prep-list mb-5');
    section.append(h('h2', 'mb-2 text-lg font-bold', prepareText.ownItems));
    const ul = h('ul', 'space-y-1');
    ul.append(...visit.custom.map((c) => itemRow(template, `custom/${c.id}`, c.text, undefined, visit, true)));
    section.append(ul);
    sections.push(section);
  }
  return sections;
}

export function renderPrintHeader(visit: Visit, channel: string, stage: string): HTMLElement[] {
  const title = h('p', 'text-lg font-bold', prepareText.visitTitle(visit.customer || prepareText.noCustomer));
  const facts = h('p', 'text-sm');
  facts.textContent = [
    prepareText.contact(visit.contact || '____'),
    prepareText.role(visit.role || '____'),
    prepareText.date(visit.date || '____'),
    prepareText.channel(channel || prepareText.anyChannel),
    prepareText.stage(stage || prepareText.beforeVisit),
  ].join('  ·  ');
  const goal = h('p', 'text-sm', prepareText.goal(visit.goal || '________________________________'));
  return [title, facts, goal];
}

/** A headed list of linked titles, each followed by `rest` (an answer, a policy value); nothing when empty. */
function linkedList<T extends { title: string; url: string }>(heading: string, className: string, items: T[], rest: (item: T) => Node[]): HTMLElement[] {
  if (items.length === 0) return [];
  const list = h('ul', 'space-y-1');
  for (const item of items) {
    const li = h('li', className);
    const link = h('a', 'font-semibold', item.title);
    link.href = item.url;
    li.append(link, ...rest(item));
    list.append(li);
  }
  return [h('h3', 'mt-3 font-bold', heading), list];
}

/** Starts a drill of exactly these objections (/practice/?objections=…). */
function practiceLink(channel: PrepChannel): HTMLElement[] {
  if (channel.objections.length === 0) return [];
  const link = h('a', 'font-semibold', prepareText.practiceThese(channel.objections.length));
  link.href = withBase(`practice/?objections=${channel.objections.map((o) => o.id).join(',')}`);
  const line = h('p', 'mt-2 print:hidden');
  line.append(link);
  return [line];
}

/** Where the selection rule lists this channel: weigh this customer against the other candidates (/choose/). */
function chooseLink(channel: PrepChannel, customer: string): HTMLElement[] {
  if (!channel.choose) return [];
  const name = customer.trim();
  const link = h('a', 'font-semibold', name ? prepareText.chooseCandidate(channel.choose, name) : prepareText.chooseAny(channel.choose));
  link.href = withBase(name ? `choose/?candidate=${encodeURIComponent(name)}` : 'choose/');
  const line = h('p', 'mt-2 print:hidden');
  line.append(link);
  return [line];
}

export function renderBrief(channel: PrepChannel | undefined, customer = ''): HTMLElement[] {
  if (!channel) return [];
  const out: HTMLElement[] = [h('p', 'mb-2 text-muted', `${channel.group} · ${channel.title}`)];
  out.push(h('h3', 'mt-2 font-bold', prepareText.stress));
  const stress = h('ul', 'list-disc pl-6');
  stress.append(...channel.stress.map((s) => h('li', '', s)));
  out.push(stress);
  out.push(
    ...linkedList(prepareText.objections, 'brief-objection', channel.objections, (o) => [document.createTextNode(`：${o.answer}`)]),
    ...practiceLink(channel),
    ...chooseLink(channel, customer),
    // Only what the company set may be promised; an unset policy is said as "以公司政策为准".
    ...linkedList(prepareText.policies, 'brief-policy', channel.policies, (p) => [
      document.createTextNode('：'),
      h('span', p.value ? 'policy policy-set' : 'policy policy-unset', p.value ?? policyUnset),
    ]),
  );
  return out;
}
