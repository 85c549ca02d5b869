/**
 * Words only the server renders for the restore-options figure: caption,
 * description, control labels. The island never loads this file; what it
 * says while running is in strings.ts.
 */
import { defineStrings } from '../kit/strings';
import { factText } from '../../lib/fact-values';
import type { MarkKey } from './model';

/** AWS's figures, from the fact registry, as each language writes them. */
const fig = (id: string, locale: 'ko' | 'en') => factText(id, locale);

export interface RestorePageStrings {
  readonly caption: string;
  readonly description: readonly string[];
  readonly noscript: string;
  readonly controls: {
    readonly moment: string;
    readonly slider: string;
    readonly days: string;
    readonly hours: string;
    readonly minutes: string;
    readonly jump: string;
    readonly mark: (key: MarkKey, when: string) => string;
    readonly database: string;
    readonly engine: string;
    readonly retention: string;
    readonly backtrack: string;
  };
}

const MARKS_EN: Readonly<Record<MarkKey, string>> = {
  start: 'Start of the timeline',
  s1: 'Manual snapshot #1',
  week: 'One week back',
  s2: 'Manual snapshot #2',
  backtrackEdge: `Far edge of the backtrack window (${fig('aurora.backtrack.window', 'en')})`,
  s3: 'Manual snapshot #3',
  latest: 'Typical latest restorable time',
  recent: 'Too recent for point-in-time restore',
  now: 'Now',
};

const MARKS_KO: Readonly<Record<MarkKey, string>> = {
  start: '타임라인의 시작',
  s1: '수동 스냅샷 #1',
  week: '일주일 전',
  s2: '수동 스냅샷 #2',
  backtrackEdge: `${fig('aurora.backtrack.window', 'ko')} 대상 역추적 기간의 끝`,
  s3: '수동 스냅샷 #3',
  latest: '복원 가능한 가장 최근 시각(보통)',
  recent: '특정 시점 복원에는 너무 최근',
  now: '지금',
};

export const restorePageStrings = defineStrings<RestorePageStrings>({
  ko: {
    caption: '복원 옵션: 어느 시점으로, 어떤 방법으로 돌아갈 수 있나',
    description: [
      '최근 2주 안에서 시점을 하나 고르면, 방법마다 데이터베이스를 그 시점으로 되돌릴 수 있는지, 그리고 결과로 무엇을 얻는지(새 DB 인스턴스, 새 DB 클러스터, 또는 되감은 같은 클러스터)를 보여 줍니다.',
      `특정 시점으로 복원은 자동 백업을 씁니다. 복원 가능한 가장 최근 시각(보통 ${fig('rds.backup.latest-restorable', 'ko')} 이내)부터 백업 보존 기간의 시작까지, 어느 초로든 돌아갈 수 있습니다. 보존 기간은 Aurora가 ${fig('rds.backup.retention.cluster', 'ko')}(자동 백업을 끌 수 없음), RDS DB 인스턴스가 ${fig('rds.backup.retention.instance', 'ko')}(0이면 자동 백업이 꺼짐)입니다. 결과는 언제나 새 데이터베이스입니다.`,
      `수동 스냅샷은 스냅샷을 만든 순간으로만 돌아가며, 보존 기간과 상관없이 삭제할 때까지 남습니다. 역추적은 Aurora MySQL 전용으로, 최대 ${fig('aurora.backtrack.window', 'ko')}인 대상 역추적 기간 안의 어느 시점으로든 같은 클러스터를 되감습니다. 클론은 원본의 지금 데이터에서 시작하며 과거로 가지 않습니다. S3에서 복원은 다른 곳의 MySQL 서버에서 Percona XtraBackup으로 만든 파일로 새 DB를 만드는 방법이라, 이 데이터베이스의 과거 시점으로 돌아가는 방법이 아닙니다.`,
      '그림에서 한 줄이 한 가지 방법입니다. 띠는 특정 시점 복원과 역추적이 닿는 범위, 마름모는 수동 스냅샷, 오른쪽 끝의 점은 클론이 시작할 수 있는 유일한 시점(지금)입니다. 세로선이 고른 시점이고, 줄마다 ✓(가능)나 ✕(불가)가 붙습니다. 아래쪽에는 최근 30분을 확대해, 지금 직전 5분 동안은 특정 시점 복원이 닿지 않는 모습을 보여 줍니다.',
    ],
    noscript:
      '조작 버튼은 JavaScript가 있어야 동작합니다. 그림과 설명, 표만으로도 기본 시점(2시간 전)에서 각 방법이 어떻게 되는지 볼 수 있습니다.',
    controls: {
      moment: '돌아갈 시점',
      slider: '타임라인의 시점',
      days: '며칠 전',
      hours: '시간',
      minutes: '분',
      jump: '표시된 시점으로 이동',
      mark: (key, when) => (key === 'now' || key === 'week' ? MARKS_KO[key] : `${MARKS_KO[key]} (${when})`),
      database: '데이터베이스',
      engine: '엔진',
      retention: '백업 보존 기간(일)',
      backtrack: '대상 역추적 기간(시간)',
    },
  },
  en: {
    caption: 'Restore options: which ways back reach a given moment',
    description: [
      'Pick a moment in the last two weeks, and the diagram shows, for each way back, whether it can return the database to that moment and what you get: a new DB instance, a new DB cluster, or the same cluster rewound.',
      `Point-in-time restore uses the automated backups. It reaches any second from the latest restorable time, typically within the last ${fig('rds.backup.latest-restorable', 'en')}, back to the start of the backup retention period: ${fig('rds.backup.retention.cluster', 'en')} for Aurora, whose automated backups cannot be turned off, and ${fig('rds.backup.retention.instance', 'en')} for an RDS DB instance, where 0 turns them off. The result is always a new database.`,
      `A manual snapshot brings back only the moment it was taken, and stays until you delete it, whatever the retention period. Backtrack, for Aurora MySQL only, rewinds the same cluster to any moment within its target window of up to ${fig('aurora.backtrack.window', 'en')}. A clone starts from the source's data as it is now, never from the past. Restore from S3 builds a new database from Percona XtraBackup files of a MySQL server elsewhere, so it never returns this database to one of its own moments.`,
      "In the picture each lane is one way back. Bands show what point-in-time restore and Backtrack reach, diamonds are the manual snapshots, and the dot at the right end is a clone's only moment, now. A vertical line marks the chosen moment, with ✓ (can return) or ✕ (cannot) on every lane. Below, the last 30 minutes are enlarged, so the 5 minutes before now that point-in-time restore cannot reach are visible.",
    ],
    noscript:
      'The controls need JavaScript. The picture, the text and the table still show how each way back fares for the default moment, two hours ago.',
    controls: {
      moment: 'Moment to return to',
      slider: 'Moment on the timeline',
      days: 'Days ago',
      hours: 'Hours',
      minutes: 'Minutes',
      jump: 'Jump to a marked moment',
      mark: (key, when) => (key === 'now' || key === 'week' ? MARKS_EN[key] : `${MARKS_EN[key]} (${when})`),
      database: 'The database',
      engine: 'Engine',
      retention: 'Backup retention period (days)',
      backtrack: 'Target backtrack window (hours)',
    },
  },
});
