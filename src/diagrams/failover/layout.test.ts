import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toMarkup, type SceneNode } from '../kit/scene';
import { NARROW_WIDTH } from '../kit/fit';
import { axisTicks, heightOf, idsFor, plotOf, sceneOf, WIDTH, X0, X1, xOf } from './layout';
import { wrap } from '../kit/text-width';
import { DEPLOYMENTS, proxyAllowed, type Setup } from './model';
import { planWith, setups } from './model.arbitrary';
import { failoverStrings } from './strings';
import { failureIndex as failureIndexOf, planOf, timeAt } from './timeline';
import { expectWordsInside, find, keysAreUnique } from '../kit/testing/scene';

const ids = idsFor('failover');

function walk(node: SceneNode, path: string, visit: (path: string, node: SceneNode) => void): void {
  visit(path, node);
  for (const child of node.children ?? []) walk(child, `${path}/${child.tag}:${child.key}`, visit);
}

const everyLane: Setup[] = DEPLOYMENTS.flatMap((deployment) =>
  (proxyAllowed(deployment) ? [false, true] : [false]).map((proxy) => ({ lanes: [{ deployment, proxy }], seed: 1 })),
);

describe('the failover scene', () => {
  it('keeps keys unique among siblings and attribute names stable per key, at every step', () => {
    fc.assert(
      fc.property(setups, (setup) => {
        const plan = planOf(setup);
        const names = new Map<string, string>();
        plan.steps.forEach((_, i) => {
          const scene = sceneOf(plan, i, failoverStrings.en, ids);
          expect(keysAreUnique(scene)).toBe(true);
          walk(scene, 'svg', (path, node) => {
            const attrs = Object.keys(node.attrs).sort().join(',');
            const seen = names.get(path);
            if (seen !== undefined) expect(attrs, path).toBe(seen);
            names.set(path, attrs);
            expect(node.text === undefined || node.children === undefined).toBe(true);
          });
        });
      }),
      { numRuns: 25 },
    );
  });

  it('draws every bar and tick inside the plot and the picture inside its view box', () => {
    for (const setup of [...everyLane, { lanes: [everyLane[0]!.lanes[0]!, everyLane[8]!.lanes[0]!], seed: 7 }]) {
      const plan = planOf(setup);
      const scene = sceneOf(plan, plan.steps.length - 1, failoverStrings.ko, ids);
      const height = heightOf(plan, failoverStrings.ko);
      walk(scene, 'svg', (_, node) => {
        if (
          node.tag !== 'rect' ||
          node.key === 'reveal' ||
          node.key === 'box' ||
          node.key === 'past' ||
          node.key === 'future'
        )
          return;
        const x = Number(node.attrs['x']);
        const width = Number(node.attrs['width']);
        const y = Number(node.attrs['y']);
        expect(x).toBeGreaterThanOrEqual(X0 - 2);
        expect(x + width).toBeLessThanOrEqual(X1 + 2);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y + Number(node.attrs['height'])).toBeLessThanOrEqual(height);
      });
      expect(scene.attrs['viewBox']).toBe(`0 0 ${WIDTH} ${height}`);
    }
  });

  it('puts the cursor and the reveal clip at the step’s time', () => {
    const plan = planWith(1, ['aurora', false]);
    for (const i of [0, 5, plan.steps.length - 1]) {
      const scene = sceneOf(plan, i, failoverStrings.en, ids);
      const x = xOf(plan.window, timeAt(plan, i));
      expect(find(scene, 'cursor')?.attrs['transform']).toBe(`translate(${x},0)`);
      expect(find(scene, 'reveal')?.attrs['width']).toBe(x);
    }
  });

  it('moves lost writes to the "lost" row only once the replica is promoted, and says so in words', () => {
    const plan = planWith(1, ['replica-promotion', false]);
    const run = plan.runs[0]!;
    const before = plan.steps.findIndex((s) => (s.event?.time ?? 0) > 0);
    const after = plan.steps.findIndex((s) => s.event?.time === run.timings.promote);
    const lostClass = (i: number): number =>
      (find(sceneOf(plan, i, failoverStrings.en, ids), 'writes')?.children ?? []).filter((n) =>
        String(n.attrs['class']).includes('f-tick-lost'),
      ).length;
    expect(lostClass(before)).toBe(0);
    expect(lostClass(after)).toBeGreaterThan(0);
    const markup = toMarkup(sceneOf(plan, after, failoverStrings.en, ids));
    expect(markup).toContain('>lost</text>');
    expect(markup).toContain('lag 6 s: lost');
    // The measurement waits until the application writes again.
    expect(markup).not.toContain('RPO 6 s');
    expect(toMarkup(sceneOf(plan, plan.steps.length - 1, failoverStrings.en, ids))).toContain('RPO 6 s, 1 acknowledged write lost');
  });

  it('serialises to a static SVG with an accessible title, the whole run outlined', () => {
    const plan = planWith(1, ['multi-az-instance', false], ['aurora', true]);
    const markup = toMarkup(sceneOf(plan, 0, failoverStrings.en, ids));
    expect(markup.startsWith('<svg data-key="failover" class="f-picture" data-part="picture" viewBox=')).toBe(true);
    expect(markup).toContain(`role="img" aria-labelledby="${ids.title}"`);
    expect(markup).toContain(
      `<title data-key="title" id="${ids.title}">Failover timeline. Multi-AZ DB instance: RTO and RPO: measured once this lane recovers.`,
    );
    expect(toMarkup(sceneOf(plan, plan.steps.length - 1, failoverStrings.en, ids))).toContain(
      `<title data-key="title" id="${ids.title}">Failover timeline. Multi-AZ DB instance: RTO 77 s, RPO 0 s.`,
    );
    expect(markup).toContain(`<clipPath data-key="clip" id="${ids.clip}">`);
    expect(markup).toContain(`clip-path="url(#${ids.clip})"`);
    // Outlines of what is to come carry their words already.
    for (const word of ['connection errors', '>waiting<', 'writes succeed', 'failed', '→ b', 'being promoted'])
      expect(markup).toContain(word);
  });

  it('keeps ids unique per figure', () => {
    const a = idsFor('one');
    const b = idsFor('two');
    expect(new Set([a.title, a.clip, b.title, b.clip]).size).toBe(4);
  });

  it('labels the axis in round seconds, including the failure at 0', () => {
    for (const setup of everyLane) {
      const w = planOf(setup).window;
      const ticks = axisTicks(w);
      expect(ticks).toContain(0);
      expect(ticks.length).toBeGreaterThanOrEqual(4);
      expect(ticks.length).toBeLessThanOrEqual(10);
    }
  });
});

describe('the result line', () => {
  const s = failoverStrings.en;
  const text = (node: SceneNode | undefined): string => (node ? toMarkup(node).replace(/<[^>]+>/g, '') : '');

  it('says nothing is measured until the lane has recovered, then shows the measurement', () => {
    const plan = planWith(3, ['aurora', false], ['aurora', true]);
    const first = sceneOf(plan, 0, s, ids);
    expect(text(find(first, 'lane0'))).toContain(s.resultPending);
    expect(text(find(first, 'lane0'))).not.toContain('Measured');
    const last = sceneOf(plan, plan.steps.length - 1, s, ids);
    expect(text(find(last, 'lane0'))).toContain('Measured');
  });

  it('is never crossed by the time cursor', () => {
    fc.assert(
      fc.property(setups, fc.nat(), (setup, k) => {
        const plan = planOf(setup);
        const scene = sceneOf(plan, k % plan.steps.length, s, ids);
        const cursor = find(scene, 'cursor');
        const lines = (cursor?.children ?? []).filter((c) => c.tag === 'line');
        plan.runs.forEach((_, i) => {
          const result = find(find(scene, `lane${i}`)!, 'result');
          const baseline = Number(result?.attrs?.['y']);
          for (const line of lines) {
            const [y1, y2] = [Number(line.attrs?.['y1']), Number(line.attrs?.['y2'])];
            // The text sits from about 12 px above its baseline to 4 px below it.
            expect(y2 <= baseline - 12 || y1 >= baseline + 4).toBe(true);
          }
        });
      }),
      { numRuns: 60 },
    );
  });
});

describe('the phone layout', () => {
  const PAGES: Setup[] = [
    { lanes: [{ deployment: 'multi-az-instance', proxy: false }, { deployment: 'replica-promotion', proxy: false }], seed: 1 },
    { lanes: [{ deployment: 'aurora', proxy: false }, { deployment: 'aurora-no-replica', proxy: false }], seed: 1 },
    { lanes: [{ deployment: 'aurora', proxy: false }, { deployment: 'aurora', proxy: true }], seed: 1 },
  ];

  it('is drawn 320 units wide, with every label inside it and no two labels on top of each other', () => {
    for (const setup of PAGES) {
      const plan = planOf(setup);
      for (const s of [failoverStrings.en, failoverStrings.ko]) {
        for (const [i, shown] of [[0, 0], [failureIndexOf(plan), 1], [plan.steps.length - 1, 0], [plan.steps.length - 1, 1]] as const) {
          const scene = sceneOf(plan, i, s, ids, 'narrow', shown);
          expect(scene.attrs['viewBox']).toBe(`0 0 ${NARROW_WIDTH} ${heightOf(plan, s, 'narrow')}`);
          expectWordsInside(scene, NARROW_WIDTH);
        }
      }
    }
  });

  it('puts each row label on its own line above a bar that spans the whole width', () => {
    const plan = planOf(PAGES[2]!);
    const scene = sceneOf(plan, 0, failoverStrings.en, ids, 'narrow', 1);
    const lane = find(scene, 'lane1')!;
    const label = find(lane, 'label-proxy')!;
    const bar = find(find(lane, 'past')!, 'proxy-0')!;
    expect(Number(bar.attrs['y'])).toBeGreaterThan(Number(label.attrs['y']));
    expect(Number(label.attrs['x'])).toBeLessThan(Number(bar.attrs['x']) + 1);
    const { x0, x1 } = plotOf('narrow');
    expect(xOf(plan.window, plan.window.start, 'narrow')).toBe(x0);
    expect(xOf(plan.window, plan.window.end, 'narrow')).toBe(x1);
    // The wide picture keeps its label column.
    expect(Number(find(sceneOf(plan, 0, failoverStrings.en, ids), 'proxy-0')!.attrs['x'])).toBeGreaterThanOrEqual(X0);
  });

  it('draws one timeline at a time, chosen by tabs that press their radio buttons, at one height', () => {
    for (const setup of PAGES) {
      const plan = planOf(setup);
      for (const shown of [0, 1]) {
        const scene = sceneOf(plan, 0, failoverStrings.en, ids, 'narrow', shown);
        expect(find(scene, `lane${shown}`)).toBeDefined();
        expect(find(scene, `lane${1 - shown}`)).toBeUndefined();
        expect(find(scene, 'tab-0')?.attrs['data-press']).toBe('[data-part="drawn-0"]');
        expect(find(scene, 'tab-1')?.attrs['data-press']).toBe('[data-part="drawn-1"]');
        expect(String(find(scene, `tab-${shown}`)?.attrs['class'])).toContain('is-shown');
      }
      // About as tall as wide, so that it can stay on screen above the controls.
      expect(heightOf(plan, failoverStrings.ko, 'narrow')).toBeLessThanOrEqual(1.5 * NARROW_WIDTH);
      // Wide, both timelines share the axis, and there are no tabs.
      const wide = sceneOf(plan, 0, failoverStrings.en, ids);
      expect(find(wide, 'lane1')).toBeDefined();
      expect(find(wide, 'tab-0')).toBeUndefined();
    }
    const one = planWith(1, ['aurora', true]);
    expect(find(sceneOf(one, 0, failoverStrings.en, ids, 'narrow'), 'tab-0')).toBeUndefined();
  });

  it('wraps a long lane name and result instead of running past the edge', () => {
    expect(wrap('Aurora with a replica behind RDS Proxy', 300, 15).length).toBe(2);
    const plan = planOf(PAGES[0]!);
    const last = sceneOf(plan, plan.steps.length - 1, failoverStrings.en, ids, 'narrow');
    expect(find(last, 'result-1')).toBeDefined();
    expect(find(sceneOf(plan, plan.steps.length - 1, failoverStrings.en, ids), 'result-1')).toBeUndefined();
  });

  it('keeps the time box inside the picture at either end of the run', () => {
    for (const fit of ['wide', 'narrow'] as const) {
      const plan = planOf(PAGES[0]!);
      const { width } = plotOf(fit);
      for (const i of [0, plan.steps.length - 1]) {
        const cursor = find(sceneOf(plan, i, failoverStrings.ko, ids, fit), 'cursor')!;
        const x = Number(/translate\(([-\d.]+)/.exec(String(cursor.attrs['transform']))![1]);
        const box = find(cursor, 'box')!;
        expect(x + Number(box.attrs['x'])).toBeGreaterThanOrEqual(0);
        expect(x + Number(box.attrs['x']) + Number(box.attrs['width'])).toBeLessThanOrEqual(width);
      }
    }
  });

  it('lets a reader press "failure" on the axis: it names the button that fails the primary', () => {
    const plan = planOf(PAGES[1]!);
    for (const fit of ['wide', 'narrow'] as const) {
      expect(find(sceneOf(plan, 0, failoverStrings.en, ids, fit), 'failure')?.attrs['data-press']).toBe('[data-part="fail"]');
    }
  });
});
