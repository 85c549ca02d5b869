import { describe, expect, it } from 'vitest';
import { toMarkup } from '../../kit/scene';
import { NARROW_WIDTH } from '../../kit/fit';
import { BALANCER, CACHE, HEIGHT, hopsOf, instanceBox, sceneOf, sizeOf, TITLE_ID, USER, WIDTH } from './layout';
import { initial, INSTANCES } from './model';
import { sessionStrings } from './strings';
import { stateAt } from './timeline';
import { expectTitledImage, find } from '../../kit/testing/scene';

describe('the session-store picture', () => {
  it('keeps its boxes apart and inside the picture', () => {
    expect(USER.x + USER.width).toBeLessThan(BALANCER.x);
    for (const instance of INSTANCES) {
      const box = instanceBox(instance);
      expect(BALANCER.x + BALANCER.width).toBeLessThan(box.x);
      expect(box.x + box.width).toBeLessThan(CACHE.x);
      expect(box.y + box.height).toBeLessThanOrEqual(HEIGHT);
    }
    expect(CACHE.x + CACHE.width).toBeLessThanOrEqual(WIDTH);
  });

  it('shows where the session is, in words, and which instance served the request', () => {
    const cached = sceneOf(stateAt(2), sessionStrings.en);
    expect(find(cached, 'i-B')?.attrs['class']).toBe('s-box s-instance is-served');
    expect(find(find(cached, 'cache') ?? cached, 'session')?.text).toBe('#1, 30 min left');
    expect(find(cached, 'result')?.text).toBe('Logged in');
    const lost = sceneOf(stateAt(10), sessionStrings.en);
    expect(find(find(lost, 'i-C') ?? lost, 'memory')?.text).toBe('memory: #2, 30 min left');
    expect(find(find(lost, 'i-A') ?? lost, 'memory')?.text).toBe('memory: no session');
    expect(find(lost, 'result')?.text).toBe('Asked to log in');
    expect(find(lost, 'cache')?.attrs['class']).toBe('s-box s-cache is-unused');
  });

  it('serialises to a static SVG with an accessible title', () => {
    const markup = toMarkup(sceneOf(initial(), sessionStrings.ko));
    expectTitledImage(markup, TITLE_ID);
    expect(markup).toContain('세션 저장소');
  });
});

describe('the session-store picture on a phone', () => {
  const size = sizeOf('narrow');

  it('stacks the instances under the user and the balancer, inside a picture as wide as the phone', () => {
    expect(size.width).toBe(NARROW_WIDTH);
    expect(size.height).toBeLessThanOrEqual(420);
    const boxes = INSTANCES.map((instance) => instanceBox(instance, 'narrow'));
    boxes.forEach((box, i) => {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(size.width);
      const below = boxes[i + 1];
      if (below) expect(box.y + box.height).toBeLessThan(below.y);
    });
    expect(toMarkup(sceneOf(initial(), sessionStrings.en, 'narrow'))).toContain(`viewBox="0 0 ${NARROW_WIDTH} ${size.height}"`);
  });

  it("sends each request's dots outside the other instances' boxes (gutters either side)", () => {
    const hops = [...hopsOf(stateAt(2), 'narrow'), ...hopsOf(stateAt(10), 'narrow')];
    expect(hops.length).toBe(5);
    for (const [from, to] of hops) {
      for (const instance of INSTANCES) {
        const box = instanceBox(instance, 'narrow');
        // Sampled along the line, no point falls strictly inside a box.
        for (let t = 0.02; t < 1; t += 0.02) {
          const x = from.x + (to.x - from.x) * t;
          const y = from.y + (to.y - from.y) * t;
          const within = x > box.x + 1 && x < box.x + box.width - 1 && y > box.y + 1 && y < box.y + box.height - 1;
          expect(within).toBe(false);
        }
      }
    }
  });
});
