import { describe, expect, it } from 'vitest';
import { ENGINES, MARKS, MECHANISMS, verdicts, HOUR } from './model';
import { restorePageStrings, type RestorePageStrings } from './page-strings';
import { restoreStrings, type RestoreStrings } from './strings';
import { TOUR } from './timeline';
import { checkDiagramWords } from '../kit/testing/strings';

function islandWords(s: RestoreStrings): string[] {
  const settings = {
    engine: 'aurora-mysql' as const,
    retention: 7,
    backtrack: 72,
  };
  const sample = [0, 3, 5, 2 * HOUR, 72 * HOUR + 1, 12 * 1440].flatMap((ago) =>
    ENGINES.flatMap((engine) => verdicts({ ...settings, engine }, ago).map((v) => s.detail(v, s.ago(ago), settings))),
  );
  return [
    ...ENGINES.map((e) => s.engine[e]),
    ...MECHANISMS.map((m) => s.mechanism[m]),
    ...MECHANISMS.map((m) => s.inSentence[m]),
    s.ago(0),
    s.ago(61),
    s.answer(true),
    s.answer(false),
    ...sample,
    s.picture.title('x', 7, 'y'),
    s.picture.tick(2),
    s.picture.insetTick(5),
    s.picture.inset,
    s.picture.lane(true),
    s.picture.lane(false),
    s.picture.snapshot(1),
    ...Object.values(s.picture.note).map((v) => (typeof v === 'function' ? v(35) : v)),
    s.table.caption('x'),
    s.table.way,
    s.table.answer,
    s.table.detail,
    s.controls.noMark,
    s.live.moment('x', ['a'], ['b']),
    s.live.engine('x', true),
    s.live.retention(0, 0, true),
    s.live.retention(7, 40, false),
    s.live.backtrack(0, 99, false),
  ];
}

function pageWords(p: RestorePageStrings): string[] {
  return Object.values(p.controls).flatMap((v) => (typeof v === 'function' ? MARKS.map((m) => v(m.key, 'x')) : [v]));
}

describe('restore-options strings', () => {
  checkDiagramWords({
    strings: restoreStrings,
    page: restorePageStrings,
    islandWords,
    pageWords,
    tour: TOUR,
    koreanShare: 0.75,
    terms: { list: ['자동 백업', '백업 보존 기간', '특정 시점으로 복원', '수동 스냅샷', '역추적', '대상 역추적 기간', 'S3에서 복원'] },
  });

  it('name point-in-time restore on the picture as AWS does', () => {
    expect(restoreStrings.ko.mechanism.pitr).toBe('특정 시점으로 복원');
  });

  it('say a moment the way each language does', () => {
    expect([0, 1, 5, 61, 1440, 4321].map((m) => restoreStrings.en.ago(m))).toEqual([
      'now',
      '1 minute ago',
      '5 minutes ago',
      '1 hour 1 minute ago',
      '1 day ago',
      '3 days 1 minute ago',
    ]);
    expect([0, 5, 61, 4321].map((m) => restoreStrings.ko.ago(m))).toEqual([
      '지금',
      '5분 전',
      '1시간 1분 전',
      '3일 1분 전',
    ]);
  });
});
