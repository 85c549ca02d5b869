/**
 * Words only the server renders for the Global Database figure: caption,
 * description, comparison table, control labels. The island never loads this
 * file; what it says while running is in strings.ts.
 */
import { defineStrings } from '../kit/strings';
import type { RegionCode } from './model';

export type Row = 'when' | 'primary' | 'rpo' | 'rto' | 'old';

export interface GlobalPageStrings {
  readonly caption: string;
  readonly description: readonly string[];
  readonly noscript: string;
  readonly table: {
    readonly caption: string;
    readonly aspect: string;
    readonly failover: string;
    readonly switchover: string;
    readonly rows: Readonly<Record<Row, readonly [string, string, string]>>;
  };
  readonly controls: {
    readonly regions: string;
    readonly region: (city: string, code: RegionCode) => string;
    readonly outageLegend: string;
    readonly outage: string;
    readonly recover: string;
    readonly move: string;
    readonly target: string;
    readonly failover: string;
    readonly switchover: string;
  };
}

export const globalPageStrings = defineStrings<GlobalPageStrings>({
  ko: {
    caption: 'Aurora Global Database: 기본 리전 하나와 보조 리전 최대 10개, 장애 조치와 전환',
    description: [
      '띠는 AWS 리전 12개를 서쪽에서 동쪽으로 늘어놓은 것입니다. 라이터는 기본 리전 하나에만 있고, 애플리케이션은 그곳에 쉬지 않고 씁니다(이 모형에서는 초당 100건). 보조 리전마다 클러스터 볼륨의 읽기 전용 사본이 있고, 스토리지 계층 복제로 기본 리전을 따라갑니다. 각 리전 아래에 나오는 복제 지연은 거리에 따라 커지며, AWS 설명대로 보통 1초 미만입니다. 글로벌 데이터베이스에는 보조 리전을 최대 10개, 보조 리전마다 복제본을 최대 16개까지 둘 수 있습니다.',
      '장애 조치(failover)는 계획에 없던 기본 리전 장애에 씁니다. 보조 리전 하나를 그때까지 받은 데이터 그대로 승격하므로, 마지막 순간에 아직 오던 쓰기는 사라집니다. 이 손실이 RPO입니다. AWS는 계획되지 않은 장애 조치의 RPO를 0이 아닌 값, 보통 초 단위로 설명하며, 그 크기는 그 순간의 복제 지연만큼입니다. 승격에 걸리는 시간은 RTO로 보통 1분 미만입니다(이 모형에서는 45초). 이전 기본 리전은 복구되면 새 기본 리전의 보조 리전으로 다시 합류합니다.',
      '전환(switchover)은 기본 리전이 정상일 때 하는 계획된 작업입니다. 모든 보조 리전이 따라잡을 때까지 쓰기를 잠시 멈춘 뒤 역할을 바꾸므로 잃는 데이터가 없습니다(RPO 0). 리전을 순환하거나 장애 조치 뒤 원래 리전으로 돌아갈 때 씁니다.',
      '이 모형의 복제 지연은 리전 사이 거리로 어림한 값입니다. 실제 지연은 쓰기 양과 네트워크 상태에 따라 달라집니다.',
    ],
    noscript:
      '조작 버튼은 JavaScript가 있어야 동작합니다. 그림과 설명, 표만으로도 시작 상태와 장애 조치·전환의 차이를 볼 수 있습니다.',
    table: {
      caption: '장애 조치와 전환 비교',
      aspect: '구분',
      failover: '장애 조치 (계획되지 않음)',
      switchover: '전환 (계획됨)',
      rows: {
        when: ['쓰는 때', '기본 리전 장애', '리전 순환, 장애 조치 뒤 원래 리전으로 복귀'],
        primary: ['기본 리전 상태', '중단되었거나 닿을 수 없음', '정상: 보조 리전들이 먼저 여기서 동기화'],
        rpo: ['데이터 손실 (RPO)', '아직 복제되지 않은 쓰기: 보통 몇 초', '없음: RPO 0'],
        rto: ['쓰기 재개 (RTO)', '보통 1분 미만', '역할을 바꾸는 동안 잠시 멈춘 뒤'],
        old: ['이전 기본 리전', '리전이 복구되면 보조 리전으로 합류', '바로 보조 리전이 됨'],
      },
    },
    controls: {
      regions: '보조 리전 (최대 10개)',
      region: (city, code) => `${city} (${code})`,
      outageLegend: '리전 장애',
      outage: '기본 리전에 장애 일으키기',
      recover: '장애 끝내기',
      move: '기본 리전 옮기기',
      target: '승격할 보조 리전',
      failover: '장애 조치 (계획되지 않음)',
      switchover: '전환 (계획됨)',
    },
  },
  en: {
    caption: 'Aurora Global Database: one primary Region, up to 10 secondary Regions, failover and switchover',
    description: [
      'The strip lays out twelve AWS Regions from west to east. Only the primary Region has a writer, and the application writes there all the time (100 writes a second in this model). Each secondary Region holds a read-only copy of the cluster volume, kept current by storage-level replication. The replication lag shown under each Region grows with distance and, as AWS says it typically is, stays under a second. A global database can have up to 10 secondary Regions, each with up to 16 replicas.',
      'A failover is for an unplanned outage of the primary Region. You promote a secondary with whatever it had received, so the writes that were still on their way are lost. That loss is the RPO: AWS calls it a non-zero value typically measured in seconds, as large as the replication lag at that moment. The time to promote is the RTO, typically under a minute (45 seconds in this model). When the old primary Region recovers, it rejoins as a secondary of the new primary.',
      'A switchover is a planned move with a healthy primary. Writes pause until every secondary has caught up, then the roles swap, so nothing is lost: RPO 0. Use it to rotate Regions or to move back after a failover.',
      'The lags in this model are estimated from the distance between Regions; real lag also depends on the write volume and the network.',
    ],
    noscript:
      'The controls need JavaScript. The picture, the text and the table still show the starting state and how failover and switchover differ.',
    table: {
      caption: 'Failover and switchover compared',
      aspect: 'Aspect',
      failover: 'Failover (unplanned)',
      switchover: 'Switchover (planned)',
      rows: {
        when: ['When', 'An outage of the primary Region', 'Region rotation, or moving back after a failover'],
        primary: ['Primary Region', 'Down or unreachable', 'Healthy: the secondaries sync from it first'],
        rpo: ['Data loss (RPO)', 'Writes not yet replicated: typically seconds', 'None: RPO 0'],
        rto: ['Writes resume (RTO)', 'Typically under a minute', 'After a short pause while the roles swap'],
        old: ['Old primary', 'Rejoins as a secondary once its Region recovers', 'Becomes a secondary at once'],
      },
    },
    controls: {
      regions: 'Secondary Regions (up to 10)',
      region: (city, code) => `${city} (${code})`,
      outageLegend: 'Regional outage',
      outage: 'Outage in the primary Region',
      recover: 'End the outage',
      move: 'Move the primary Region',
      target: 'Secondary Region to promote',
      failover: 'Fail over (unplanned)',
      switchover: 'Switch over (planned)',
    },
  },
});
