/**
 * "Prepare the visit that checks what is unknown": a candidate's unknown standards become a
 * visit-prep visit of their own (a dealer visit at the 确定对象 stage, one own item per standard),
 * handed to /prepare/ as a visit link, which adds it to the rep's saved visits, never over them.
 */
import { encodeShare } from '../prepare/share-link';
import { newVisit } from '../prepare/visit-state';
import { chooseText } from '../ui-text';

export const CHECK_VISIT = { channel: 'dealer', stage: 'dealer/choose-target' };

export function checkVisitLink(prepareUrl: string, candidate: string, unknown: Array<{ item: string; text: string }>, id: string, now: number): string {
  const visit = newVisit(id, now, {
    ...CHECK_VISIT,
    customer: candidate,
    goal: chooseText.checkGoal(unknown.length),
    custom: unknown.map(({ item, text }) => ({ id: `choose-${item}`, text: chooseText.checkItem(text) })),
  });
  return `${prepareUrl}#v=${encodeShare(visit)}`;
}
