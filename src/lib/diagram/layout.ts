/**
 * Diagrams are data (nodes, edges, a direction), laid out at build time by dagre (a maintained
 * layered-graph layout engine) and drawn as inline SVG by components/DiagramFigure.astro. Labels
 * are wrapped here, by character count: Chinese text has no spaces to break at, and a build has
 * no browser to measure with. Pure, so it is unit-tested.
 */
import dagre from '@dagrejs/dagre';

export interface DiagramNode {
  id: string;
  label: string;
  /** The page this node stands for. */
  href?: string | undefined;
  /** Marked, e.g. the stage the reader is on. */
  current?: boolean | undefined;
  /** A line said about the node in the text equivalent only (e.g. a stage's goal). */
  note?: string | undefined;
}
export interface DiagramEdge {
  from: string;
  to: string;
  label?: string | undefined;
}
export interface DiagramData {
  title: string;
  description: string;
  /** `TB` top to bottom (fits a phone), `LR` left to right. */
  direction: 'TB' | 'LR';
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

export interface PlacedNode extends DiagramNode {
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
}
export interface PlacedEdge extends DiagramEdge {
  /** SVG path data through dagre's points. */
  path: string;
  labelAt?: { x: number; y: number } | undefined;
}
export interface Laid {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

/** Characters per line in a node, the font size and padding it is drawn with (px). */
export const CHARS_PER_LINE = 10;
export const FONT = 14;
const LINE = 20;
const PAD = 10;

/** Splits a label into lines of at most `max` characters (Latin words are not cut). */
export function wrap(label: string, max = CHARS_PER_LINE): string[] {
  const tokens = label.match(/[A-Za-z0-9]+|./gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line.length + token.length > max && line.trim()) {
      lines.push(line.trim());
      line = '';
    }
    line += token;
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}

const textWidth = (line: string) => [...line].reduce((w, ch) => w + (/\p{ASCII}/u.test(ch) ? FONT * 0.6 : FONT), 0);

export function layoutDiagram(data: DiagramData): Laid {
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({ rankdir: data.direction, nodesep: 24, ranksep: 36, edgesep: 12, marginx: 4, marginy: 4 });
  graph.setDefaultEdgeLabel(() => ({}));
  const wrapped = new Map(data.nodes.map((n) => [n.id, wrap(n.label)]));
  // One width for every box: a flow reads as a column, not a ragged stack.
  const width = Math.max(...[...wrapped.values()].flat().map(textWidth)) + 2 * PAD;
  for (const node of data.nodes) {
    const lines = wrapped.get(node.id)!;
    graph.setNode(node.id, { width, height: lines.length * LINE + 2 * PAD - 4 });
  }
  data.edges.forEach((edge, i) => {
    const labelSize = edge.label ? { width: textWidth(edge.label) + 8, height: LINE, labelpos: 'c' } : {};
    graph.setEdge(edge.from, edge.to, labelSize, `e${i}`);
  });
  dagre.layout(graph);
  const round = (n: number) => Math.round(n * 10) / 10;
  const nodes = data.nodes.map((node) => {
    const placed = graph.node(node.id);
    return { ...node, x: round(placed.x), y: round(placed.y), width: round(placed.width), height: round(placed.height), lines: wrapped.get(node.id)! };
  });
  const edges = data.edges.map((edge, i) => {
    const placed = graph.edge({ v: edge.from, w: edge.to, name: `e${i}` });
    const points: Array<{ x: number; y: number }> = placed.points;
    const path = points.map((p, j) => `${j === 0 ? 'M' : 'L'}${round(p.x)} ${round(p.y)}`).join(' ');
    return { ...edge, path, labelAt: edge.label ? { x: round(placed.x), y: round(placed.y) } : undefined };
  });
  const size = graph.graph();
  return { width: Math.ceil(size.width ?? 0), height: Math.ceil(size.height ?? 0), nodes, edges };
}

/** Every edge names a node that exists, and no id is used twice: the messages name the field. */
export function diagramProblems(data: Pick<DiagramData, 'nodes' | 'edges'>): Array<{ path: Array<string | number>; message: string }> {
  const problems: Array<{ path: Array<string | number>; message: string }> = [];
  const ids = new Set<string>();
  data.nodes.forEach((node, i) => {
    if (ids.has(node.id)) problems.push({ path: ['nodes', i, 'id'], message: `节点 id \`${node.id}\` 重复：每个节点要有自己的 id` });
    ids.add(node.id);
  });
  data.edges.forEach((edge, i) => {
    for (const end of ['from', 'to'] as const) {
      if (!ids.has(edge[end])) problems.push({ path: ['edges', i, end], message: `连线的 ${end} 写的是 \`${edge[end]}\`，但 nodes 里没有这个 id` });
    }
  });
  return problems;
}
