import { describe, expect, it } from 'vitest';
import { expectSaid } from '../kit/testing/describe';
import { sayAfter } from '../kit/testing/model';
import { momentSentence, pictureTitle, sentenceFor, tableRows, tourText } from './describe';
import { DAY, HOUR, initial, run, step } from './model';
import { restoreStrings } from './strings';
import { stateAt } from './timeline';

const { en, ko } = restoreStrings;

const say = sayAfter({ run, step, initial }, en, (e, _before, after, s) => sentenceFor(e, after, s));

describe('live-region sentences', () => {
  it('say which ways back reach the moment and which do not', () => {
    expectSaid(restoreStrings, (s) => momentSentence(initial(), s), {
      en: '2 hours ago: point-in-time restore and Backtrack can return here; a manual snapshot, a clone and restore from S3 cannot.',
      ko: '2시간 전 시점 — 가능: 특정 시점 복원, 역추적. 불가: 수동 스냅샷, 클론, S3 복원.',
    });
    expect(say([{ type: 'moment', ago: 0 }])).toBe(
      'Now: a clone can return here; point-in-time restore, a manual snapshot, Backtrack and restore from S3 cannot.',
    );
    expect(say([{ type: 'moment', ago: 72 * HOUR + 1 }])).toBe(
      '3 days 1 minute ago: point-in-time restore can return here; a manual snapshot, Backtrack, a clone and restore from S3 cannot.',
    );
    expect(say([{ type: 'moment', ago: 0 }], ko)).toBe('지금 — 가능: 클론. 불가: 특정 시점 복원, 수동 스냅샷, 역추적, S3 복원.');
  });

  it('say what a setting changed, and that Aurora cannot turn automated backups off', () => {
    expect(say([{ type: 'retention', days: 0 }])).toBe(
      "Backup retention: 1 day. Aurora's automated backups can't be turned off: the shortest retention is 1 day. 2 hours ago: point-in-time restore and Backtrack can return here; a manual snapshot, a clone and restore from S3 cannot.",
    );
    expect(say([{ type: 'engine', engine: 'rds-mysql' }, { type: 'retention', days: 0 }], ko)).toBe(
      '백업 보존 기간 0일: 자동 백업이 꺼져 특정 시점 복원도 쓸 수 없습니다. 2시간 전 시점 — 가능: 없음. 불가: 특정 시점 복원, 수동 스냅샷, 역추적, 클론, S3 복원.',
    );
    expect(
      say([{ type: 'engine', engine: 'rds-mysql' }, { type: 'retention', days: 0 }, { type: 'engine', engine: 'aurora-mysql' }]),
    ).toMatch(/^Engine: Aurora MySQL\. Aurora's automated backups can't be turned off, so retention is now 1 day\. /);
    expect(say([{ type: 'backtrack', hours: 90 }])).toMatch(/^Target backtrack window: 72 hours\. The longest window is 72 hours\. /);
    expect(say([{ type: 'engine', engine: 'rds-postgresql' }, { type: 'backtrack', hours: 0 }], ko)).toMatch(
      /^역추적 끔\(대상 역추적 기간 0시간\)\. 이 설정은 Aurora MySQL에만 해당합니다\. /,
    );
  });

  it('prefix the tour step and caption', () => {
    expect(tourText(4, stateAt(4), en)).toBe(
      'Step 5 of 12: Exactly 72 hours ago: the far edge of the longest backtrack window. 3 days ago: point-in-time restore and Backtrack can return here; a manual snapshot, a clone and restore from S3 cannot.',
    );
    expect(tourText(11, stateAt(11), ko)).toMatch(/^12단계 중 12단계: RDS DB 인스턴스는 보존 기간을 0으로/);
  });
});

describe('the verdict table', () => {
  it('says what each way gives back, or why not', () => {
    const rows = tableRows(initial(), en);
    expect(rows.map((r) => [r.name, r.answer])).toEqual([
      ['Point-in-time restore', '✓ Yes'],
      ['Manual snapshot', '✕ No'],
      ['Backtrack', '✓ Yes'],
      ['Clone', '✕ No'],
      ['Restore from S3', '✕ No'],
    ]);
    expect(rows[0]?.detail).toBe('A new DB cluster holding the data as it was 2 hours ago.');
    expect(rows[1]?.detail).toBe(
      "No snapshot was taken then. The closest earlier one, from 1 day 6 hours ago, would give that moment's data instead.",
    );
    expect(rows[4]?.detail).toBe(
      'Not a moment of this database: it builds a new DB cluster from Percona XtraBackup files of a MySQL server outside RDS.',
    );
  });

  it('names the limits it runs into', () => {
    const old = step(initial(), { type: 'moment', ago: 8 * DAY });
    expect(tableRows(old, en)[0]?.detail).toBe('Older than the 7 days of the backup retention period.');
    expect(tableRows(old, ko)[2]?.detail).toBe('대상 역추적 기간(72시간)보다 더 과거입니다.');
    const recent = step(initial(), { type: 'moment', ago: 4 });
    expect(tableRows(recent, ko)[0]?.detail).toBe('너무 최근입니다. 복원 가능한 가장 최근 시각은 보통 약 5분 전입니다.');
    const rds = run([{ type: 'engine', engine: 'rds-mysql' }, { type: 'moment', ago: 0 }]);
    expect(tableRows(rds, en).map((r) => r.detail).slice(2, 4)).toEqual([
      'Backtrack is for Aurora MySQL only.',
      'Cloning is an Aurora feature.',
    ]);
    expect(tableRows(stateAt(6), en)[1]?.detail).toBe(
      'A new DB cluster from the snapshot taken at that moment. Manual snapshots stay until you delete them.',
    );
  });

  it('titles the picture with the engine, the retention and the verdicts', () => {
    expect(pictureTitle(initial(), en)).toMatch(/^Ways back on a two-week timeline, Aurora MySQL, 7 days of retention\. 2 hours ago: /);
  });
});
