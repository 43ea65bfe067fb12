/**
 * "Prepare the visit that checks what is unknown": a candidate's unknown standards become a
 * visit-prep visit of their own (a dealer visit at the 确定对象 stage, one own item per standard),
 * handed to /prepare/ as a visit link, which adds it to the rep's saved visits, never over them.
 */
import { encodeShare } from '../prepare/share-link';
import { newVisit } from '../prepare/visit-state';

export const CHECK_VISIT = { channel: 'dealer', stage: 'dealer/choose-target' };

export function checkVisitLink(prepareUrl: string, candidate: string, unknown: Array<{ item: string; text: string }>, id: string, now: number): string {
  const visit = newVisit(id, now, {
    ...CHECK_VISIT,
    customer: candidate,
    goal: `核实选商标准里还不清楚的 ${unknown.length} 项`,
    custom: unknown.map(({ item, text }) => ({ id: `choose-${item}`, text: `核实：${text}` })),
  });
  return `${prepareUrl}#v=${encodeShare(visit)}`;
}
