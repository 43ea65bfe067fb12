/**
 * Every word the browser islands show or announce, one group per feature, read as
 * `searchText.found(n)`. Each group is its own module (ui-text/*.ts) re-exported as a namespace.
 * Not one file: the bundler puts a module's code in one chunk whole, so a shared file would carry
 * every feature's words to every page. Not objects: the minifier keeps property names, while a
 * namespace's members are plain constants and an island carries only those it reads. Group by
 * chunk: words of a module loaded on demand get a group of their own, so they load with it.
 * Labels the pages share with the templates stay in collections.ts, sections.ts and labels.ts.
 */

/** The search panel, in the header dialog and on /search/. */
export * as searchText from './ui-text/search.ts';
/** The header's search dialog around the panel. */
export * as searchDialogText from './ui-text/search-dialog.ts';
/** Under search results when there is no signal (loaded only then). */
export * as searchOfflineText from './ui-text/search-offline.ts';
/** The 保存全部以离线使用 control on the home and offline pages. */
export * as offlineText from './ui-text/offline.ts';
/** The visit prep on /prepare/: its controls, checklist rows and printed brief. */
export * as prepareText from './ui-text/prepare.ts';
/** Saved visit preps read back, on /prepare/ and /choose/. */
export * as visitStateText from './ui-text/visit-state.ts';
/** The share links of /prepare/ and /choose/: one that cannot be opened, one not copied. */
export * as sharedLinkText from './ui-text/shared-link.ts';
/** The drill on /practice/ and what its saved progress and files say. */
export * as practiceText from './ui-text/practice.ts';
/** The dealer comparison on /choose/. */
export * as chooseText from './ui-text/choose.ts';
/** Merging a shared or imported comparison on /choose/ (loaded on first use). */
export * as choiceTransferText from './ui-text/choice-transfer.ts';
/** The 复制 and 发给同事 buttons of content pages. */
export * as shareText from './ui-text/share.ts';
/** The prompt when a new build of the site is waiting. */
export * as updateText from './ui-text/update.ts';
