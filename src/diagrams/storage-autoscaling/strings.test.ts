import { frameWords } from '../kit/frame-strings';
import { describe, expect, it } from 'vitest';
import { PARAM_NAMES } from './model';
import { autoscalingPageStrings, type AutoscalingPageStrings } from './page-strings';
import { autoscalingStrings, type AutoscalingStrings, type IncreaseFacts } from './strings';
import { checkDiagramWords } from '../kit/testing/strings';

const settings = { allocated: 100, max: 126, rate: 2, bulk: 30 };
const inc: IncreaseFacts = {
  time: '05:05',
  from: 100,
  to: 114,
  fixed: 10,
  share: 10,
  predicted: 14,
  winner: 'predicted',
  wanted: 14,
  capped: false,
};

function islandWords(s: AutoscalingStrings): string[] {
  return [
    s.picture.title(settings, 'x'),
    s.picture.freeAxis,
    s.picture.allocatedAxis,
    s.picture.trigger,
    s.picture.max(126),
    s.picture.maxOffScale(60_000),
    s.picture.blocked,
    s.picture.full,
    s.picture.wait,
    s.table.time,
    s.table.what,
    s.table.allocated,
    s.table.nothing,
    s.table.increase(inc),
    s.table.increase({ ...inc, capped: true }),
    s.table.blocked(126),
    s.table.full('24:00', 2),
    s.controls.timeValue('24:00'),
    s.live.summary({
      until: '24:00',
      increases: 2,
      finalAllocated: 126,
      capped: true,
      blockedAt: '17:23',
      fullFrom: '23:00',
      refused: 2,
    }),
    s.live.moment({
      time: '06:00',
      allocated: 114,
      free: 20,
      share: 0.19,
      condition: 'low',
      waitUntil: '11:05',
      atMax: false,
    }),
    s.live.increase(inc),
    s.live.blocked('17:23', 126),
    s.live.fullFrom('23:00'),
    s.live.hour('05:00', '06:00', []),
    s.live.caption.midnight(settings),
    s.live.caption.endOfDay(settings),
    ...PARAM_NAMES.map((name) => s.live.setting(name, settings)),
    s.live.raised(220),
    s.live.belowRecommended(252),
  ];
}

function pageWords(p: AutoscalingPageStrings): string[] {
  return [p.tableCaption, ...Object.values(p.controls)];
}

describe('storage-autoscaling strings', () => {
  checkDiagramWords({
    strings: autoscalingStrings,
    page: autoscalingPageStrings,
    islandWords,
    pageWords,
    koreanShare: 0.75,
    terms: {
      name: "use AWS's Korean terms",
      island: true,
      list: ['스토리지 자동 크기 조정', '할당된 스토리지', '최대 스토리지 임계값', '여유 공간', '스토리지 최적화'],
    },
    // Its own play and pause step through the day; the frame's tour is not on this figure.
    buttons: (c, locale) => [
      autoscalingStrings[locale].controls.play,
      autoscalingStrings[locale].controls.pause,
      c.previous,
      c.next,
      frameWords[locale].copyLink,
    ],
    frame: false,
  });

  it('teach the rule as AND, with the real numbers', () => {
    for (const locale of ['ko', 'en'] as const) {
      const text = autoscalingPageStrings[locale].description.join(' ');
      for (const figure of ['10%', '5', '6', '10 GiB', '7', '20%']) expect(text).toContain(figure);
    }
    expect(autoscalingPageStrings.en.description.join(' ')).toContain('all three must hold');
    expect(autoscalingPageStrings.ko.description.join(' ')).toContain('세 조건이 모두 맞아야 합니다');
  });
});
