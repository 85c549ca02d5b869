import { describe, expect, it } from 'vitest';
import { checkSpeech, saysInBoth } from '../kit/testing/describe';
import { pictureTitle, resultLine, sentenceFor, statusOf, tourText } from './describe';
import { initial, run, step, type GlobalEvent } from './model';
import { event, events } from './model.arbitrary';
import { globalStrings } from './strings';
import { stateAt, TOUR } from './timeline';

const { en, ko } = globalStrings;
const say = (list: readonly GlobalEvent[], e: GlobalEvent, s = en): string => sentenceFor(e, run([...list, e]), s);

describe('Global Database sentences', () => {
  saysInBoth('say the starting state', globalStrings, (s) => statusOf(initial(), s), {
    en: 'Primary Region: N. Virginia (us-east-1), taking writes. 2 of up to 10 secondary Regions: Ireland 0.32 s behind and Seoul 0.55 s behind.',
    ko: '기본 리전: 버지니아 북부 리전(us-east-1), 쓰기를 받는 중. 보조 리전 2개(최대 10개): 아일랜드 0.32초 뒤처짐, 서울 0.55초 뒤처짐.',
  });

  it('say the RPO and RTO of a failover, and RPO 0 for a switchover', () => {
    expect(say([{ type: 'outage' }], { type: 'failover', to: 'ap-northeast-2' })).toBe(
      'Failover: Seoul (ap-northeast-2) promoted in 45 s, so writes resume in under a minute (RTO). Writes from the last 0.55 s in N. Virginia never reached Seoul: about 55 writes lost (RPO).',
    );
    expect(say([], { type: 'switchover', to: 'eu-west-1' })).toBe(
      'Switchover to Ireland (eu-west-1): writes paused until every secondary had caught up (Seoul, the slowest, needed 0.55 s), then the roles swapped. Nothing was lost (RPO 0); N. Virginia is now a secondary Region.',
    );
    expect(say([{ type: 'outage' }], { type: 'failover', to: 'ap-northeast-2' }, ko)).toBe(
      '장애 조치: 서울 리전(ap-northeast-2) 승격에 45초가 걸려 1분 안에 쓰기가 다시 시작됩니다(RTO). 버지니아 북부 리전의 마지막 0.55초 동안의 쓰기는 서울 리전에 닿지 못해 약 55건을 잃었습니다(RPO).',
    );
    expect(resultLine(stateAt(3), en)).toBe('Last failover: RPO 0.55 s (about 55 writes lost), RTO 45 s');
    expect(resultLine(stateAt(5), en)).toBe('Last switchover: RPO 0, nothing lost (waited 0.55 s to sync)');
  });

  it('explain refusals', () => {
    expect(say([], { type: 'failover', to: 'eu-west-1' })).toBe(
      'The primary Region is healthy, so there is nothing to fail over from. To move the primary without losing data, switch over.',
    );
    expect(say([{ type: 'outage' }], { type: 'switchover', to: 'eu-west-1' })).toBe(
      'A switchover needs a healthy primary, because it first brings every secondary up to date. During an outage, fail over instead.',
    );
    expect(
      say([{ type: 'remove', region: 'eu-west-1' }, { type: 'remove', region: 'ap-northeast-2' }, { type: 'outage' }], {
        type: 'failover',
        to: 'us-east-1',
      }),
    ).toBe('There is no secondary Region to promote: add one first.');
    expect(sentenceFor(TOUR[7]?.event ?? { type: 'outage' }, stateAt(7), en)).toBe(
      'Tokyo (ap-northeast-1) was not added: a global database has at most 10 secondary Regions.',
    );
  });

  checkSpeech({ events, event, run, step, steps: TOUR, stateAt, strings: [en, ko], sentence: sentenceFor, title: pictureTitle, tourText });
});
