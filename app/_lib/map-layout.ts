import dagre from '@dagrejs/dagre';
import { offeredScenarios } from '../../machines/scenarios';
import { isEnd, scenarioOf, stateKeys, type StateKey } from '../../machines/states';
import { treeEdges, type TreeEdge } from '../../machines/tree';

export type Box = { x: number; y: number; width: number; height: number };
/** Words wrapped to fit a box, and how far in from the box's corner they start. */
export type Lines = { lines: string[]; fontSize: number; lineHeight: number; inset: { x: number; y: number } };
export type TextBox = Box & Lines;
/** A state; an end state is drawn beside each step that leads to it, so no arrow has to cross the whole map. */
export type MapNode = TextBox & { id: string; key: StateKey; end: boolean };
export type MapEdge = TreeEdge & { points: { x: number; y: number }[]; label: TextBox };
export type MapCluster = Box & { scenario: string; title: TextBox };
export type TreeMap = { width: number; height: number; nodes: MapNode[]; edges: MapEdge[]; clusters: MapCluster[] };

export type MapLabels = {
  title: (key: StateKey) => string;
  choice: (edge: TreeEdge) => string;
  scenario: (scenario: string) => string;
};

/** The drawing's typeface: Arial's metrics, which Helvetica, Arimo (ChromeOS) and Liberation Sans (Linux) share. */
export const mapFontFamily = 'Arial, Helvetica, Arimo, "Liberation Sans", sans-serif';

// Advance widths in thousandths of an em, so boxes fit their words without measuring in a browser.
const advances = new Map(
  Object.entries({
    "'": 191, 'ijl‘’': 222, ' ftI.,:;!/': 278, 'r“”-()': 333, '"': 355, cksvxyzJ: 500, 'abdeghnopquL0123456789?–': 556,
    '+=<>': 584, FTZ: 611, 'ABEKPSVXY&': 667, wCDHNRU: 722, GOQ: 778, mM: 833, W: 944, '—…': 1000,
  }).flatMap(([chars, width]) => [...chars].map((char) => [char, width] as const)),
);

function textWidth(text: string, fontSize: number, bold = false): number {
  let width = 0;
  for (const char of text) width += advances.get(char) ?? 600;
  return (width / 1000) * fontSize * (bold ? 1.15 : 1);
}

type Wrapped = Lines & { width: number; height: number };

function wrap(text: string, fontSize: number, maxWidth: number, inset: Lines['inset'], bold = false): Wrapped {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`, fontSize, bold) <= maxWidth) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  const lineHeight = Math.round(fontSize * 1.3);
  const width = Math.max(...lines.map((line) => textWidth(line, fontSize, bold)));
  return { lines, fontSize, lineHeight, inset, width: Math.ceil(width) + 2 * inset.x, height: lines.length * lineHeight + 2 * inset.y };
}

/** dagre gives centres; SVG wants top-left corners. */
function corner({ x = 0, y = 0, width = 0, height = 0 }: { x?: number; y?: number; width?: number; height?: number }): Box {
  return { x: x - width / 2, y: y - height / 2, width, height };
}

/** The whole tree laid out by dagre, top to bottom, each scenario the start page offers in a box of its own. */
export function layOutTree(labels: MapLabels): TreeMap {
  const graph = new dagre.graphlib.Graph({ compound: true, multigraph: true });
  graph.setGraph({ rankdir: 'TB', nodesep: 16, ranksep: 40, edgesep: 8, marginx: 16, marginy: 16 });
  graph.setDefaultEdgeLabel(() => ({}));
  const texts = new Map<string, Wrapped>();
  const addNode = (id: string, text: Wrapped) => {
    texts.set(id, text);
    graph.setNode(id, { width: text.width, height: text.height });
  };

  const nodeIdOf = (edge: TreeEdge) => (isEnd(edge.to) ? `${edge.to}<${edge.from}` : edge.to);
  const drawn = [
    ...stateKeys.filter((key) => !isEnd(key)).map((key) => ({ id: key, key, end: false })),
    ...treeEdges.filter((edge) => isEnd(edge.to)).map((edge) => ({ id: nodeIdOf(edge), key: edge.to, end: true })),
  ];
  for (const { id, key, end } of drawn) addNode(id, end ? wrap(labels.title(key), 14, 160, { x: 14, y: 6 }) : wrap(labels.title(key), 15, 160, { x: 10, y: 10 }));

  const clustered = offeredScenarios.filter(({ first }) => !isEnd(first));
  for (const { scenario, first } of clustered) {
    graph.setNode(`cluster:${scenario}`, {});
    // The scenario's name is a node of its own above its first step, so the layout leaves room for it.
    addNode(`title:${scenario}`, wrap(labels.scenario(scenario), 14, 200, { x: 4, y: 4 }, true));
    graph.setParent(`title:${scenario}`, `cluster:${scenario}`);
    graph.setEdge(`title:${scenario}`, first, { minlen: 1, weight: 10 }, 'title');
    for (const { id, key, end } of drawn) if (!end && scenarioOf(key) === scenario) graph.setParent(id, `cluster:${scenario}`);
  }
  treeEdges.forEach((edge, index) => {
    const text = wrap(labels.choice(edge), 12, 120, { x: 3, y: 3 });
    texts.set(`edge:${index}`, text);
    graph.setEdge(edge.from, nodeIdOf(edge), { width: text.width, height: text.height, labelpos: 'c' }, String(index));
  });

  dagre.layout(graph);

  const textBox = (id: string, box: Box): TextBox => {
    const { lines, fontSize, lineHeight, inset } = texts.get(id)!;
    return { ...box, lines, fontSize, lineHeight, inset };
  };
  const { width = 0, height = 0 } = graph.graph();
  return {
    width: Math.ceil(width),
    height: Math.ceil(height),
    nodes: drawn.map(({ id, key, end }) => ({ ...textBox(id, corner(graph.node(id))), id, key, end })),
    edges: treeEdges.map((edge, index) => {
      const label = graph.edge({ v: edge.from, w: nodeIdOf(edge), name: String(index) });
      return { ...edge, points: label.points ?? [], label: textBox(`edge:${index}`, corner(label)) };
    }),
    clusters: clustered.map(({ scenario }) => ({
      ...corner(graph.node(`cluster:${scenario}`)),
      scenario,
      title: textBox(`title:${scenario}`, corner(graph.node(`title:${scenario}`))),
    })),
  };
}
