/**
 * Every place a diagram stands on the site: page, language, diagram, the
 * section it sits in and its caption (the figure's accessible name). The
 * shared contract (diagrams.contract.spec.ts) runs over this list; adding a
 * diagram to a page means adding its two rows here.
 */
export type Lang = 'ko' | 'en';

export interface Placement {
  /** The diagram's name: its data-diagram, its query parameter and its figure id prefix. */
  readonly diagram: string;
  readonly lang: Lang;
  /** The page, relative to the site's base: 'aurora/', 'en/aurora/'. */
  readonly path: string;
  /** The id of the heading whose section holds the figure. */
  readonly section: string;
  readonly caption: string;
  /** The link token for the tour position; an out-of-range value is made from it ('t' → t999). */
  readonly stepToken: string;
  /** The tour's slider and its step-forward button, by accessible name. */
  readonly slider: string;
  readonly next: string;
  /** Where the tour's slider stands by default (most start at 0; the autoscaling day opens on the whole day). */
  readonly start: string;
}

/** The tour's words where a diagram does not say them differently. */
const TOUR = { slider: { ko: '둘러보기 단계', en: 'Tour step' }, next: { ko: '다음 단계', en: 'Next step' } };

interface Tour {
  readonly stepToken?: string;
  readonly slider?: { readonly ko: string; readonly en: string };
  readonly next?: { readonly ko: string; readonly en: string };
  readonly start?: string;
}

type Row = [diagram: string, slug: string, section: string, ko: string, en: string, tour?: Tour];

const FAILOVER: Tour = { slider: { ko: '시간', en: 'Time' } };

const ROWS: readonly Row[] = [
  [
    'quorum',
    'aurora',
    'storage',
    'Aurora 스토리지: 보호 그룹 하나, 사본 6개, 쿼럼 두 가지',
    'Aurora storage: one protection group, six copies, two quorums',
  ],
  [
    'failover',
    'aurora',
    'high-availability',
    '장애 조치 타임라인: Aurora (복제본 있음) 대 Aurora (복제본 없음)',
    'Failover timeline: Aurora with a replica vs Aurora without a replica',
    FAILOVER,
  ],
  [
    'endpoints',
    'aurora',
    'endpoints',
    'Aurora 엔드포인트 시뮬레이터: 쓰기와 복제 지연, 연결 단위 분산, 사용자 지정 엔드포인트, 복제본 Auto Scaling',
    'Aurora endpoints simulator: writes and replica lag, per-connection balancing, custom endpoints, replica Auto Scaling',
  ],
  [
    'failover',
    'rds-replicas-multi-az',
    'multi-az-db-instance',
    '장애 조치 타임라인: 다중 AZ DB 인스턴스 대 읽기 전용 복제본 수동 승격',
    'Failover timeline: Multi-AZ DB instance vs Read replica promoted by hand',
    FAILOVER,
  ],
  [
    'failover',
    'security-proxy',
    'rds-proxy',
    '장애 조치 타임라인: Aurora (복제본 있음) 대 Aurora (복제본 있음) + RDS 프록시',
    'Failover timeline: Aurora with a replica vs Aurora with a replica behind RDS Proxy',
    FAILOVER,
  ],
  [
    'clone',
    'backups-restore-cloning',
    'cloning',
    'Aurora 클론: 기록 중 복사(Copy-on-Write)로 페이지를 함께 쓰는 클러스터',
    'Aurora cloning: clusters that share pages through copy-on-write',
  ],
  [
    'restore',
    'backups-restore-cloning',
    'restore-options',
    '복원 옵션: 어느 시점으로, 어떤 방법으로 돌아갈 수 있나',
    'Restore options: which ways back reach a given moment',
  ],
  [
    'storage-autoscaling',
    'rds-basics',
    'storage-autoscaling',
    '스토리지 자동 크기 조정 시뮬레이터: 하루 동안의 여유 공간',
    'Storage autoscaling simulator: free space over one day',
    { stepToken: 'h', slider: { ko: '시각', en: 'Time of day' }, next: { ko: '한 시간 뒤', en: 'One hour on' }, start: '24' },
  ],
  [
    'global-database',
    'aurora-serverless-global-ml',
    'global-database',
    'Aurora Global Database: 기본 리전 하나와 보조 리전 최대 10개, 장애 조치와 전환',
    'Aurora Global Database: one primary Region, up to 10 secondary Regions, failover and switchover',
  ],
  [
    'caching',
    'elasticache',
    'caching-patterns',
    '캐싱 패턴 시뮬레이터: 지연 로딩, 라이트 스루, TTL',
    'Caching patterns simulator: lazy loading, write-through and TTLs',
  ],
  [
    'session-store',
    'elasticache',
    'session-store',
    '세션 저장소 시뮬레이터: 인스턴스가 바뀌어도 로그인 유지',
    'Session store simulator: stay logged in on any instance',
  ],
  ['leaderboard', 'elasticache', 'leaderboard', '정렬된 세트로 만든 실시간 리더보드', 'A real-time leaderboard built on a sorted set'],
];

export const PLACEMENTS: readonly Placement[] = ROWS.flatMap(([diagram, slug, section, ko, en, tour = {}]) =>
  (['ko', 'en'] as const).map((lang) => ({
    diagram,
    lang,
    path: lang === 'ko' ? `${slug}/` : `en/${slug}/`,
    section,
    caption: lang === 'ko' ? ko : en,
    stepToken: tour.stepToken ?? 't',
    slider: (tour.slider ?? TOUR.slider)[lang],
    next: (tour.next ?? TOUR.next)[lang],
    start: tour.start ?? '0',
  })),
);
