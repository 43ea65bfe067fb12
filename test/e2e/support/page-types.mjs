/**
 * One page of each kind the site has, as paths relative to the base. The audits (axe, CSP,
 * byte budgets) and `npm run bench` walk this list, so a new kind of page is added here once.
 */
export const pageTypes = {
  home: '',
  'playbooks index': 'playbooks/',
  playbook: 'playbooks/six-steps/',
  stage: 'playbooks/six-steps/during-visit/',
  'objections index': 'objections/',
  objection: 'objections/price/',
  'channels index': 'channels/',
  channel: 'channels/dealer/',
  'checklists index': 'checklists/',
  checklist: 'checklists/pre-visit/',
  'guides index': 'guides/',
  guide: 'guides/channel-functions/',
  policies: 'policies/',
  prepare: 'prepare/',
  choose: 'choose/',
  practice: 'practice/',
  search: 'search/',
  404: '404.html',
};
