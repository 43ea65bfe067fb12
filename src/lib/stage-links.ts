/** Links to stages labelled with their playbook, for the "related stages" lists on entry pages. */
import { getPlaybook, type Stage } from './content';
import { entryUrl } from './urls';

export function toStageLinks(stages: Stage[]) {
  return Promise.all(
    stages.map(async (s) => ({ href: entryUrl('stages', s.id), label: s.data.title, note: (await getPlaybook(s.data.playbook.id)).data.title })),
  );
}
