import { describe, expect, it } from 'vitest';
import { toMarkup, type SceneNode } from '../../kit/scene';
import { BALANCER, CACHE, HEIGHT, instanceBox, sceneOf, TITLE_ID, USER, WIDTH } from './layout';
import { initial, INSTANCES } from './model';
import { sessionStrings } from './strings';
import { stateAt } from './timeline';

function find(node: SceneNode, key: string): SceneNode | undefined {
  if (node.key === key) return node;
  for (const child of node.children ?? []) {
    const hit = find(child, key);
    if (hit) return hit;
  }
  return undefined;
}

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
    expect(markup).toContain('role="img"');
    expect(markup).toContain(`aria-labelledby="${TITLE_ID}"`);
    expect(markup).toContain('세션 저장소');
  });
});
