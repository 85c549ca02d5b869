import { describe, expect, it } from 'vitest';
import { saysInBoth } from '../kit/testing/describe';
import { dayStepText, eventRows, momentOf, pictureTitle, settingText, summaryOf } from './describe';
import { initial, step } from './model';
import { autoscalingStrings } from './strings';
import { stateAt } from './timeline';

const { en, ko } = autoscalingStrings;

describe('summaries', () => {
  saysInBoth('tell the default day in both languages', autoscalingStrings, (s) => summaryOf(initial(), s), {
    en: 'By 24:00 storage grew twice, to 126 GiB, the threshold cutting an increase short; at 17:23 the threshold stopped any further increase; the disk was full from 23:00, and 2 GiB of writes were refused.',
    ko: '24:00까지 스토리지가 두 번 늘어 126 GiB가 되었습니다(한 번은 임계값 때문에 덜 늘었습니다). 17:23부터는 임계값에 막혀 더 늘지 못했습니다. 23:00부터 디스크가 가득 차 쓰기 2 GiB가 거부되었습니다.',
  });

  it('only tell the part of the day showing', () => {
    expect(summaryOf(stateAt(4), en)).toBe('By 04:00 storage had not grown.');
    expect(summaryOf(stateAt(6), en)).toBe('By 06:00 storage grew once, to 114 GiB.');
  });

  it('give the picture a title with the settings', () => {
    expect(pictureTitle(initial(), en)).toMatch(
      /^Free space over one day with 100 GiB allocated, a 126 GiB maximum storage threshold, 2 GiB written an hour\. By 24:00/,
    );
    expect(pictureTitle(initial({ bulk: 30 }), ko)).toContain('12:00에 30 GiB 대량 적재');
  });
});

describe('stepping through the day', () => {
  it('says what happened in each hour, and where things stand', () => {
    expect(dayStepText(0, stateAt(0), en)).toBe(
      '00:00: 20% of 100 GiB is free, and the last storage change was long ago. Writes arrive at 2 GiB an hour.',
    );
    expect(dayStepText(3, stateAt(3), en)).toBe('02:00–03:00: no change. At 03:00: 100 GiB allocated, 14 GiB free (14%).');
    expect(dayStepText(6, stateAt(6), en)).toBe(
      '05:00–06:00: At 05:05 free space had been at or below 10% for 5 minutes and the 6-hour wait was over, so storage grew to 114 GiB: by 14 GiB, the largest of 10 GiB, 10% of the allocation (10 GiB) and the 7-hour prediction (14 GiB). At 06:00: 114 GiB allocated, 22 GiB free (19%). The next increase can come at 11:05 at the earliest.',
    );
    expect(dayStepText(12, stateAt(12), en)).toContain(
      'At 11:23 free space had been at or below 10% for 5 minutes and the 6-hour wait was over, so storage grew to 126 GiB: 12 GiB instead of the 14 GiB the rule asked for, because that is the maximum storage threshold.',
    );
    expect(dayStepText(18, stateAt(18), en)).toBe(
      '17:00–18:00: At 17:23 all three conditions held, but the allocation was already at the 126 GiB maximum storage threshold, so storage did not grow. At 18:00: 126 GiB allocated, 10 GiB free (8%). Free space is at or below 10%. The allocation is at the maximum storage threshold.',
    );
    expect(dayStepText(23, stateAt(23), en)).toContain('At 23:00 the disk filled up: writes are refused.');
    expect(dayStepText(24, stateAt(24), en)).toMatch(/The disk is full: writes are refused\..* End of the day\. By 24:00 storage grew twice/);
    expect(dayStepText(6, stateAt(6), ko)).toBe(
      '05:00–06:00: 05:05: 여유 공간이 5분 동안 10% 이하였고 6시간 대기도 끝나 스토리지가 114 GiB로 늘었습니다. 증가량 14 GiB는 10 GiB, 할당량의 10%(10 GiB), 7시간 예측 증가분(14 GiB) 중 가장 큰 값입니다. 06:00 현재: 할당 114 GiB, 여유 22 GiB(19%). 다음 확장은 빨라야 11:05입니다.',
    );
  });
});

describe('settings', () => {
  it('say when the threshold had to rise with the allocation, and when it is below the recommendation', () => {
    const before = initial();
    const after = step(before, { type: 'set', name: 'allocated', value: 200 });
    expect(settingText('allocated', before, after, en)).toBe(
      'Allocated storage set to 200 GiB. The maximum storage threshold must be at least 10% above the allocated storage, so it is now 220 GiB. AWS recommends a threshold at least 26% above the allocation (252 GiB) to avoid notifications that storage is nearing it. By 24:00 storage grew once, to 220 GiB; at 19:05 the threshold stopped any further increase.',
    );
    const roomy = step(before, { type: 'set', name: 'max', value: 400 });
    expect(settingText('max', before, roomy, en)).toBe(
      'Maximum storage threshold set to 400 GiB. By 24:00 storage grew 4 times, to 157 GiB.',
    );
    const idle = step(before, { type: 'set', name: 'rate', value: 0 });
    expect(settingText('rate', before, idle, ko)).toBe('시간당 쓰기를 0 GiB로 정했습니다. 24:00까지 스토리지가 늘지 않았습니다.');
  });

  it('describe the moment showing', () => {
    expect(momentOf(initial(), en)).toBe(
      'At 24:00: 126 GiB allocated, 0 GiB free (0%). The disk is full: writes are refused. The allocation is at the maximum storage threshold.',
    );
  });
});

describe('the events table', () => {
  it('lists increases, the threshold stop and the full disk in order', () => {
    const rows = eventRows(initial(), en);
    expect(rows.map((r) => [r.time, r.allocated])).toEqual([
      ['05:05', 114],
      ['11:23', 126],
      ['17:23', 126],
      ['23:00', 126],
    ]);
    expect(rows[3]?.what).toBe('Disk full until 24:00: 2 GiB of writes refused.');
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
    expect(eventRows(stateAt(5), en)).toEqual([]);
    expect(eventRows(stateAt(12), ko).map((r) => r.what)).toEqual([
      '14 GiB 증가: 10 GiB, 할당량의 10%(10 GiB), 7시간 예측 증가분(14 GiB) 중 가장 큰 값입니다.',
      '12 GiB 증가: 규칙상으로는 14 GiB(7시간 예측 증가분)만큼 늘어야 하지만 최대 스토리지 임계값이 126 GiB입니다.',
    ]);
  });
});
