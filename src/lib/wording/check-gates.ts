/**
 * Gates (content/compliance/gates.yaml): work that must not start before a check is passed. A page
 * whose own text carries a gate's signals (开户, 投资者 …), and every stage of the playbook the gate
 * opens, must say `gate: <id>`, so the gate shows at its top; the gate's stage must come first in
 * its playbook. Pure: entries in, problems out.
 */
import { findPatterns } from './word-pattern.ts';
import type { TextBlock } from './read-page.ts';

export interface GateData {
  id: string;
  title: string;
  /** `playbook/stage` id of the gate. */
  stage: string;
  signals: string[];
}

export interface GatedPage {
  collection: string;
  id: string;
  /** The page's `gate` id, if any. */
  gate?: string;
  /** For a stage: its playbook id and order. */
  playbook?: string;
  order?: number;
  blocks: TextBlock[];
}

export interface GateFinding {
  /** Index of the page in the input. */
  page: number;
  line?: number;
  field: string;
  message: string;
}

export function checkGates(pages: GatedPage[], gates: GateData[]): GateFinding[] {
  const found: GateFinding[] = [];
  for (const gate of gates) {
    const [playbook] = gate.stage.split('/');
    const gateStage = pages.findIndex((p) => p.collection === 'stages' && p.id === gate.stage);
    if (gateStage < 0) {
      // The gate's own file is where the editor would look; the reference check names the missing id.
      continue;
    }
    if (pages[gateStage].order !== 1) {
      found.push({ page: gateStage, field: 'order', message: `这一步是关卡「${gate.title}」，必须是流程的第 1 步：把它的 order 改成 1，其余各步往后排` });
    }
    pages.forEach((page, index) => {
      if (index === gateStage || page.gate === gate.id) return;
      if (page.collection === 'stages' && page.playbook === playbook) {
        found.push({
          page: index,
          field: 'gate',
          message: `这个流程要先过关卡「${gate.title}」：在 frontmatter 加一行 gate: ${gate.id}，页面顶部会显示这道关卡`,
        });
        return;
      }
      const signal = page.blocks.filter((b) => !b.exempt).flatMap((b) => findPatterns(b.text, gate.signals).map((m) => ({ ...m, line: b.lineAt(m.index) })))[0];
      if (signal) {
        found.push({
          page: index,
          line: signal.line,
          field: 'gate',
          message: `这页讲到“${signal.text}”，属于要先过关卡「${gate.title}」的业务：在 frontmatter 加一行 gate: ${gate.id}`,
        });
      }
    });
  }
  return found;
}
