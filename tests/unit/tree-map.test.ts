import { describe, expect, it } from 'vitest';
import { layOutTree, type Box } from '../../app/_lib/map-layout';
import { offeredScenarios } from '../../machines/scenarios';
import { choicesOf, isEnd, scenarioOf, stateKeys } from '../../machines/states';
import { treeEdges } from '../../machines/tree';

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

describe('the tree as the machine has it', () => {
  it('holds every choice of every state, for every school setting', () => {
    for (const sso of ['yes', 'no', 'unknown'] as const) {
      for (const key of stateKeys) {
        for (const { event, target } of choicesOf(key, { sso })) {
          expect(treeEdges).toContainEqual(expect.objectContaining({ from: key, event, to: target }));
        }
      }
    }
  });

  it('marks as conditional exactly the answers a guard decides', () => {
    const guarded = stateKeys.flatMap((key) => {
      const yes = choicesOf(key, { sso: 'yes' });
      const no = choicesOf(key, { sso: 'no' });
      return yes.filter((choice, i) => choice.target !== no[i].target).map(({ event }) => `${key} ${event}`);
    });
    const conditional = treeEdges.filter((edge) => edge.conditional).map((edge) => `${edge.from} ${edge.event}`);
    expect(guarded.length).toBeGreaterThan(0);
    expect(new Set(conditional)).toEqual(new Set(guarded));
  });
});

describe('the map layout', () => {
  const map = layOutTree({
    title: (key) => `Title of ${key} in a few words`,
    choice: (edge) => `Answer ${edge.event}`,
    scenario: (scenario) => `Scenario ${scenario} as the start page names it`,
  });

  it('draws every state of the machine', () => {
    expect(new Set(map.nodes.map((node) => node.key))).toEqual(new Set(stateKeys));
  });

  it('draws every choice as an arrow from its step', () => {
    expect(map.edges).toHaveLength(treeEdges.length);
    for (const edge of map.edges) expect(edge.points.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps every box and label on the drawing', () => {
    const canvas = { x: 0, y: 0, width: map.width, height: map.height };
    for (const box of [...map.nodes, ...map.edges.map((edge) => edge.label), ...map.clusters]) expect(inside(box, canvas)).toBe(true);
  });

  it('never draws one step over another', () => {
    for (const [i, a] of map.nodes.entries()) for (const b of map.nodes.slice(i + 1)) expect(overlap(a, b), `${a.id} / ${b.id}`).toBe(false);
  });

  it('boxes each scenario the start page offers, its name and its steps inside, no box over another', () => {
    expect(map.clusters.map((cluster) => cluster.scenario)).toEqual(
      offeredScenarios.filter(({ first }) => !isEnd(first)).map(({ scenario }) => scenario),
    );
    for (const cluster of map.clusters) {
      expect(inside(cluster.title, cluster)).toBe(true);
      for (const node of map.nodes) {
        if (!node.end && scenarioOf(node.key) === cluster.scenario) expect(inside(node, cluster)).toBe(true);
        expect(overlap(node, cluster.title), `${node.id} over the name of ${cluster.scenario}`).toBe(false);
      }
    }
    for (const [i, a] of map.clusters.entries()) for (const b of map.clusters.slice(i + 1)) expect(overlap(a, b), `${a.scenario} / ${b.scenario}`).toBe(false);
  });
});
