import { describe, expect, it } from 'vitest';
import { checkSpeech, saysInBoth } from '../kit/testing/describe';
import { pictureTitle, scalingFacts, sentenceFor, statusOf, tourText } from './describe';
import { initial, MINUTE_MS, run, step, type EndpointsEvent } from './model';
import { event, events } from './model.arbitrary';
import { endpointsStrings } from './strings';
import { stateAt, TOUR } from './timeline';

const en = endpointsStrings.en;
const ko = endpointsStrings.ko;
const say = (list: readonly EndpointsEvent[], e: EndpointsEvent, s = en): string =>
  sentenceFor(e, run([...list, e]), s);

describe('endpoints sentences', () => {
  saysInBoth('say the starting state', endpointsStrings, (s) => statusOf(initial(), s), {
    en: 'Writer and 3 replicas; replica lag 100 ms. No writes yet. Average replica CPU 30 % (target 60 %).',
    ko: '라이터와 복제본 3개, 복제 지연 100ms. 아직 쓰기가 없습니다. 복제본 평균 CPU 30%(목표 60%).',
  });

  it('say a write, a stale read, a writer read and a fresh read', () => {
    expect(say([], { type: 'write' })).toBe(
      'Write #1 went to the writer through the cluster endpoint. The replicas apply it 100 ms after it commits.',
    );
    expect(say([{ type: 'write' }], { type: 'read', via: 'reader' })).toBe(
      'Read on connection c1, pinned to replica 1: no writes yet, but the writer already has #1. Stale: the replicas apply writes 100 ms after they commit.',
    );
    expect(say([{ type: 'write' }], { type: 'read', via: 'writer' })).toBe(
      'Read on the writer through the cluster endpoint: write #1, the latest. A read on the writer is never stale.',
    );
    expect(say([{ type: 'write' }, { type: 'wait', ms: 500 }], { type: 'read', via: 'reader' })).toBe(
      'Read on connection c1, which the reader endpoint pinned to replica 1: write #1, up to date.',
    );
    expect(say([{ type: 'write' }], { type: 'read', via: 'reader' }, ko)).toBe(
      '연결 c1(복제본 1에 고정)에서 읽은 값: 아직 쓰기 없음. 라이터에는 이미 #1까지 있으므로 오래된 값입니다. 복제본은 쓰기를 커밋 후 100ms 뒤에 반영합니다.',
    );
  });

  it('say where a burst went', () => {
    expect(say([{ type: 'pool', size: 1 }], { type: 'read', via: 'reader', count: 8 })).toBe(
      "8 reads on a pool of 1 connection: replica 1 served all 8. Each statement goes to its connection's replica.",
    );
    expect(say([{ type: 'write' }], { type: 'read', via: 'reader', count: 8 })).toBe(
      "8 reads on a pool of 2 connections: replica 1 served 4 and replica 2 served 4. Each statement goes to its connection's replica. All of them came back stale.",
    );
  });

  it('say what Auto Scaling did during a wait', () => {
    const peak = [{ type: 'load', load: 'peak' } as const];
    expect(say(peak, { type: 'wait', ms: 5 * MINUTE_MS })).toBe(
      '5 min later: At 3 min, average replica CPU had been 100 %, above the target, for 3 minutes: Auto Scaling started creating replicas 4 and 5. Now: average replica CPU 100 %. Creating replicas 4 and 5, ready in 3 min.',
    );
    expect(scalingFacts(run(peak))).toEqual({ kind: 'above', minutes: 0, needed: 3 });
  });

  it('warn when a service connection lands on an analytics replica', () => {
    expect(say([], { type: 'pool', size: 3 })).toBe(
      "The service app's pool now has 3 connections. New: c3 → replica 3. c3 landed on a replica set aside for analytics: the reader endpoint includes every replica.",
    );
  });

  it('say the custom endpoint has no members', () => {
    expect(say([{ type: 'member', replica: 3, on: false }], { type: 'report' })).toBe(
      'The custom endpoint has no members, so the analytics app has nowhere to connect.',
    );
  });

  checkSpeech({ events, event, run, step, steps: TOUR, stateAt, strings: [en, ko], sentence: sentenceFor, title: pictureTitle, tourText });
});
