/** The restore-options island's words in Korean (한국어). See strings.ts. */
import { BACKTRACK_MAX_HOURS, DEFAULT_RETENTION_DAYS, type Result } from './model';
import type { RestoreStrings } from './strings';

function list(items: readonly string[]): string {
  return items.join(', ');
}

function ago(minutes: number): string {
  if (minutes <= 0) return '지금';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const parts = [days ? `${days}일` : '', hours ? `${hours}시간` : '', mins ? `${mins}분` : ''];
  return `${parts.filter(Boolean).join(' ')} 전`;
}

const RESULT: Readonly<Record<Result, string>> = {
  newInstance: '새 DB 인스턴스',
  newCluster: '새 DB 클러스터',
  sameCluster: '같은 클러스터',
};

export const ko: RestoreStrings = {
  engine: {
    'aurora-mysql': 'Aurora MySQL',
    'aurora-postgresql': 'Aurora PostgreSQL',
    'rds-mysql': 'RDS for MySQL',
    'rds-postgresql': 'RDS for PostgreSQL',
  },
  mechanism: {
    pitr: '특정 시점으로 복원',
    snapshot: '수동 스냅샷',
    backtrack: '역추적',
    clone: '클론',
    s3: 'S3에서 복원',
  },
  inSentence: {
    pitr: '특정 시점 복원',
    snapshot: '수동 스냅샷',
    backtrack: '역추적',
    clone: '클론',
    s3: 'S3 복원',
  },
  ago,
  answer: (ok) => (ok ? '✓ 가능' : '✕ 불가'),
  detail: (v, when, facts) => {
    const result = RESULT[v.result];
    switch (v.reason) {
      case 'window':
        return v.mechanism === 'backtrack'
          ? '같은 클러스터를 그 시점으로 되감습니다. 엔드포인트도 그대로입니다.'
          : `${when} 데이터를 담은 ${result}.`;
      case 'off':
        return v.mechanism === 'pitr'
          ? '자동 백업이 꺼져 있어(보존 기간 0일) 복원할 원천이 없습니다.'
          : '역추적이 꺼져 있습니다(대상 역추적 기간 0시간).';
      case 'tooRecent':
        return '너무 최근입니다. 복원 가능한 가장 최근 시각은 보통 약 5분 전입니다.';
      case 'tooOld':
        return v.mechanism === 'pitr'
          ? `백업 보존 기간(${facts.retention}일)보다 더 과거입니다.`
          : `대상 역추적 기간(${facts.backtrack}시간)보다 더 과거입니다.`;
      case 'taken':
        return `그 순간에 만든 스냅샷으로 ${result}를 만듭니다. 수동 스냅샷은 삭제할 때까지 남습니다.`;
      case 'notTaken':
        return v.nearest === null
          ? '그 시각이나 그 전에 만든 스냅샷이 없습니다.'
          : `그 시각에 만든 스냅샷이 없습니다. 가장 가까운 이전 스냅샷(${ago(v.nearest)})으로는 그때의 데이터를 얻습니다.`;
      case 'engine':
        if (v.mechanism === 'backtrack') return '역추적은 Aurora MySQL에서만 지원합니다.';
        if (v.mechanism === 'clone') return '클론은 Aurora 기능입니다.';
        return 'S3의 XtraBackup 파일로 복원하는 기능은 RDS for MySQL, Aurora MySQL에만 있습니다.';
      case 'now':
        return v.mechanism === 'clone'
          ? '현재 데이터를 가진 새 Aurora 클러스터. 어느 한쪽이 바꾸기 전까지 원본과 페이지를 함께 씁니다.'
          : '클러스터가 이미 이 시점에 있어 되감을 것이 없습니다.';
      case 'past':
        return '지금만 가능합니다. 클론은 원본의 현재 데이터에서 시작하며 과거로 가지 않습니다.';
      case 'elsewhere':
        return `이 데이터베이스의 과거 시점이 아닙니다. RDS 밖 MySQL 서버에서 Percona XtraBackup으로 만든 백업 파일로 ${result}를 만듭니다.`;
    }
  },
  picture: {
    title: (engine, retention, summary) => `2주 타임라인 위의 복원 방법, ${engine}, 보존 기간 ${retention}일. ${summary}`,
    tick: (days) => (days === 0 ? '지금' : `−${days}일`),
    insetTick: (minutes) => (minutes === 0 ? '지금' : `−${minutes}분`),
    inset: '최근 30분 확대',
    lane: (ok) => (ok ? '✓ 가능' : '✕ 불가'),
    snapshot: (index) => `#${index}`,
    note: {
      pitrOff: '꺼짐: 보존 기간 0일',
      pitrBeyond: (days) => `${days}일 전까지`,
      backtrackEngine: 'Aurora MySQL 전용',
      backtrackOff: '꺼짐: 기간 0시간',
      cloneEngine: 'Aurora 전용',
      cloneNow: '지금만',
      s3Elsewhere: '다른 곳에서 만든 백업 파일, 이 타임라인 밖',
      s3Engine: 'MySQL 엔진 전용',
    },
  },
  table: {
    caption: (when) => (when === '지금' ? '지금 시점으로 돌아가기' : `${when} 시점으로 돌아가기`),
    way: '방법',
    answer: '이 시점으로?',
    detail: '결과',
  },
  controls: {
    noMark: '표시된 시점 고르기',
  },
  live: {
    moment: (when, ok, no) =>
      `${when === '지금' ? '지금' : `${when} 시점`} — 가능: ${ok.length === 0 ? '없음' : list(ok)}. 불가: ${list(no)}.`,
    engine: (engine, raised) =>
      `엔진: ${engine}.${raised ? ' Aurora의 자동 백업은 끌 수 없어 보존 기간을 1일로 맞췄습니다.' : ''}`,
    retention: (days, asked, aurora) => {
      const note =
        aurora && asked < 1
          ? ' Aurora의 자동 백업은 끌 수 없어 보존 기간은 최소 1일입니다.'
          : asked > 35
            ? ' 보존 기간은 최대 35일입니다.'
            : '';
      return days === 0
        ? `백업 보존 기간 0일: 자동 백업이 꺼져 특정 시점 복원도 쓸 수 없습니다.${note}`
        : `백업 보존 기간: ${days}일.${note}`;
    },
    backtrack: (hours, asked, supported) =>
      `${hours === 0 ? '역추적 끔(대상 역추적 기간 0시간).' : `대상 역추적 기간: ${hours}시간.`}${asked > BACKTRACK_MAX_HOURS ? ` 최대 ${BACKTRACK_MAX_HOURS}시간입니다.` : ''}${supported ? '' : ' 이 설정은 Aurora MySQL에만 해당합니다.'}`,
    tourStep: (index, length) => `${length}단계 중 ${index + 1}단계:`,
    tour: {
      start:
        `2주 타임라인에서 시점을 고르면, 방법별로 한 줄씩 그 시점으로 돌아갈 수 있는지 보여 줍니다. 데이터베이스는 Aurora MySQL, 보존 기간 ${DEFAULT_RETENTION_DAYS}일, 대상 역추적 기간 ${BACKTRACK_MAX_HOURS}시간입니다.`,
      now: '지금: 여기서 시작할 수 있는 것은 클론뿐이고, 그것도 과거가 아니라 현재를 복사합니다.',
      tooRecent:
        '3분 전은 특정 시점 복원에는 너무 최근입니다. 복원 가능한 가장 최근 시각은 보통 약 5분 전이기 때문입니다. 역추적으로는 돌아갈 수 있습니다.',
      latest: '5분 전: 특정 시점 복원이 닿는 가장 최근 시각이며, 결과는 새 DB 클러스터입니다.',
      backtrackEdge: `정확히 ${BACKTRACK_MAX_HOURS}시간 전: 가장 긴 대상 역추적 기간의 끝입니다.`,
      pastBacktrack: '1분만 더 과거로 가면 역추적은 닿지 않고, 특정 시점 복원은 여전히 됩니다.',
      snapshot: '수동 스냅샷은 이 시점처럼 스냅샷을 만든 순간으로만 돌아갑니다.',
      beforeRetention:
        `11일 전은 보존 기간 ${DEFAULT_RETENTION_DAYS}일을 넘어 특정 시점 복원으로는 돌아갈 수 없습니다. 그때 만든 수동 스냅샷은 삭제할 때까지 남으므로 여전히 쓸 수 있습니다.`,
      longerRetention: '보존 기간을 14일로 늘리면(최대 35일) 특정 시점 복원이 다시 닿습니다.',
      postgres: 'Aurora PostgreSQL에는 역추적이 없습니다.',
      rds: 'RDS for MySQL에는 클론이 없고, 복원하면 클러스터가 아니라 새 DB 인스턴스가 생깁니다.',
      retentionOff:
        'RDS DB 인스턴스는 보존 기간을 0으로 두어 자동 백업을 끌 수 있습니다. 그러면 특정 시점 복원은 전혀 쓸 수 없고, 수동 스냅샷만 남습니다.',
    },
  },
};
