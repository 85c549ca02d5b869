import { describe, expect, it } from 'vitest';
import { createAnnouncer, type LiveRegion } from './announcer';

function setup(initialText = '') {
  const region: LiveRegion = { textContent: initialText };
  const queue: Array<() => void> = [];
  const announcer = createAnnouncer(region, (task) => queue.push(task));
  const flush = (): void => {
    for (const task of queue.splice(0)) task();
  };
  return { region, announcer, flush, queue };
}

describe('createAnnouncer', () => {
  it('puts new words in the region at once', () => {
    const { region, announcer, queue } = setup('start');
    announcer.announce('AZ a is down');
    expect(region.textContent).toBe('AZ a is down');
    expect(announcer.current()).toBe('AZ a is down');
    expect(queue).toHaveLength(0);
  });

  it('clears the region before repeating the same words, so they are announced again', () => {
    const { region, announcer, flush } = setup();
    announcer.announce('Write #1 acknowledged');
    announcer.announce('Write #1 acknowledged');
    expect(region.textContent).toBe('');
    expect(announcer.current()).toBe('Write #1 acknowledged');
    flush();
    expect(region.textContent).toBe('Write #1 acknowledged');
  });

  it('lets newer words win over a pending repeat', () => {
    const { region, announcer, flush } = setup('same');
    announcer.announce('same');
    announcer.announce('newer');
    flush();
    expect(region.textContent).toBe('newer');
  });

  it('treats a null text as empty', () => {
    const region: LiveRegion = { textContent: null };
    const announcer = createAnnouncer(region, (task) => task());
    expect(announcer.current()).toBe('');
    announcer.announce('hello');
    expect(region.textContent).toBe('hello');
  });
});
