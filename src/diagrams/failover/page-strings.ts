/**
 * Words only the server renders for the failover figure: caption,
 * description, the table of milestones, control labels. The island never
 * loads this file; what it says while running is in strings.ts.
 */
import { factText } from '../../lib/fact-values';
import { defineStrings } from '../kit/strings';
import type { TableRow } from './describe';
import type { Deployment } from './model';

export interface FailoverPageStrings {
  /** The figure's caption (its accessible name), from the lanes' names. */
  readonly caption: (names: readonly string[]) => string;
  readonly reading: readonly string[];
  readonly about: Readonly<Record<Deployment, string>>;
  readonly aboutProxy: string;
  readonly measuring: string;
  readonly noscript: string;
  readonly panel: string;
  readonly table: {
    readonly milestone: string;
    readonly rows: Readonly<Record<TableRow, string>>;
  };
  readonly controls: {
    readonly scenarios: string;
    readonly scenario: string;
    readonly scenarioProxy: string;
    readonly compare: string;
    readonly compareProxy: string;
    readonly nothing: string;
    readonly reroll: string;
    readonly timeline: string;
    readonly fail: string;
    readonly replay: string;
    readonly time: string;
  };
}

export const failoverPageStrings = defineStrings<FailoverPageStrings>({
  ko: {
    caption: (names) =>
      names.length > 1 ? `장애 조치 타임라인: ${names[0]} 대 ${names[1]}` : `장애 조치 타임라인: ${names[0] ?? ''}`,
    reading: [
      '0초에 기본(라이터) 인스턴스에 장애가 납니다. 그림의 줄 하나하나는 시간에 따라 시스템의 한 부분이 어떤 상태인지 보여 줍니다. 애플리케이션이 겪는 일, 엔드포인트가 가리키는 곳, 각 DB 인스턴스의 역할, 그리고 애플리케이션이 보낸 쓰기 하나하나입니다. 쓰기는 눈금 하나가 한 건이며, 완료·대기 또는 실패·유실 가운데 어느 줄에 있는지로 결과를 나타냅니다.',
      '색을 채운 막대는 이미 일어난 일이고, 테두리만 있는 막대는 앞으로 일어날 일입니다. 버튼이나 시간 슬라이더로 시간을 앞뒤로 옮기며 볼 수 있습니다.',
    ],
    about: {
      'multi-az-instance':
        `다중 AZ DB 인스턴스: 다른 AZ의 대기 인스턴스 하나가 모든 변경을 동기식으로 받고, 트래픽은 받지 않습니다. 장애가 나면 RDS가 대기 인스턴스를 승격하고 DB 엔드포인트의 DNS 레코드(CNAME)를 그쪽으로 바꿉니다. 일반적으로 ${factText('rds.multi-az.instance.failover', 'ko')}가 걸리며, 커밋된 쓰기는 두 인스턴스에 모두 있으므로 잃지 않습니다.`,
      'multi-az-cluster':
        `다중 AZ DB 클러스터: 라이터 한 대와 읽기 가능한 대기 인스턴스 두 대가 세 AZ에 있습니다. 쓰기는 리더 한 대 이상이 확인해야 커밋되므로, 커밋된 쓰기를 모두 가진 리더가 늘 있어 그 리더가 넘겨받습니다. 일반적으로 ${factText('rds.multi-az.cluster.failover', 'ko')} 미만이며 잃는 데이터가 없습니다.`,
      aurora:
        `Aurora (복제본 있음): 모든 인스턴스가 클러스터 볼륨 하나(세 AZ에 사본 ${factText('aurora.storage.copies', 'ko')}개)를 함께 씁니다. Aurora는 장애 조치 우선 순위가 가장 높은 복제본(숫자가 작을수록 먼저)을 승격하고 클러스터 엔드포인트를 옮깁니다. 일반적으로 ${factText('aurora.failover.with-replica', 'ko')} 미만이고 ${factText('aurora.failover.with-replica.often', 'ko')} 미만인 경우도 많으며, 데이터는 옮겨지지 않으므로 잃는 것이 없습니다.`,
      'aurora-no-replica':
        `Aurora (복제본 없음): 승격할 복제본이 없어 Aurora가 같은 클러스터 볼륨 위에 라이터 인스턴스를 새로 만듭니다. 일반적으로 ${factText('aurora.failover.without-replica', 'ko')} 미만이 걸리고 그동안 쓰기는 전혀 안 되지만, 데이터는 잃지 않습니다.`,
      'replica-promotion':
        '읽기 전용 복제본 수동 승격: 읽기 전용 복제본으로 가는 복제는 비동기식이라, 기본 인스턴스가 멈춘 순간 복제 지연 안에 있던 변경은 사라집니다(RPO > 0). 누군가 장애를 알아차리고, 복제본을 승격하고, 애플리케이션이 그 복제본의 엔드포인트를 쓰도록 바꿔야 하므로 몇 분이 걸립니다.',
    },
    aboutProxy:
      `RDS 프록시를 두면: 애플리케이션은 프록시에 연결된 채로 있고, 프록시가 DB를 직접 지켜보다가 새 기본 인스턴스에 붙어 붙잡아 둔 쓰기를 보냅니다. DNS 변경을 기다리지 않습니다. AWS는 장애 조치 시간이 최대 ${factText('rds.proxy.failover-reduction', 'ko')} 줄어든다고 말하며, AWS 데이터베이스 블로그의 측정에서는 Aurora MySQL에서 최대 79%, RDS for MySQL에서 최대 32%였습니다. 프록시가 요청을 붙잡아 둘 수 있는 시간은 연결 대여 제한 시간(기본 ${factText('rds.proxy.connection-borrow-timeout', 'ko')})까지입니다.`,
    measuring:
      '여기서 RTO는 장애부터 애플리케이션의 쓰기가 다시 성공할 때까지의 시간이고, RPO는 새 기본 인스턴스에 없는 완료된 변경을 시간(초)으로 잰 값입니다. 단계별 시간은 AWS 문서가 밝힌 범위 안에서 정해진 시드로 뽑습니다. 수동 승격에 걸리는 시간은 사람에게 달려 있어 이 그림이 가정한 값입니다.',
    noscript:
      '조작 버튼은 JavaScript가 있어야 동작합니다. 그림은 전체 실행을 보여 주고, 아래 표에 각 단계의 시간이 있습니다.',
    panel: '현재 시점',
    table: {
      milestone: '단계',
      rows: {
        detect: '장애 감지',
        promote: '새 기본 인스턴스가 쓰기를 받음',
        dns: '엔드포인트가 새 기본 인스턴스를 가리킴',
        proxy: 'RDS 프록시가 새 기본 인스턴스에 연결',
        rto: '애플리케이션 쓰기 재개(RTO)',
        rpo: '잃은 데이터(RPO)',
        writes: '쓰기 결과',
      },
    },
    controls: {
      scenarios: '시나리오',
      scenario: '시나리오',
      scenarioProxy: '시나리오에 RDS 프록시 사용',
      compare: '비교 대상',
      compareProxy: '비교 대상에 RDS 프록시 사용',
      nothing: '없음(시나리오 하나만)',
      reroll: '다른 시간으로 다시 실행',
      timeline: '타임라인',
      fail: '기본 인스턴스 장애 내기',
      replay: '처음부터 다시',
      time: '시간',
    },
  },
  en: {
    caption: (names) =>
      names.length > 1 ? `Failover timeline: ${names[0]} vs ${names[1]}` : `Failover timeline: ${names[0] ?? ''}`,
    reading: [
      'The primary (writer) fails at 0 s. Each row shows one part of the system over time: what the application sees, where the endpoint points, what each DB instance is doing, and every write the application sends. Each tick is one write, placed in the row of its outcome: acknowledged, waiting or failed, or lost.',
      'Filled bars have already happened; outlined bars are still to come. Move through time with the buttons or the time slider.',
    ],
    about: {
      'multi-az-instance':
        `Multi-AZ DB instance: one standby in another AZ receives every change synchronously and serves no traffic. When the primary fails, RDS promotes the standby and points the DB endpoint's DNS record (a CNAME) at it. This typically takes ${factText('rds.multi-az.instance.failover', 'en')}, and nothing committed is lost: every committed write is on both instances.`,
      'multi-az-cluster':
        `Multi-AZ DB cluster: a writer and two readable standbys in three AZs. A write commits once at least one reader acknowledges it, so a reader holding every committed write is always there to take over. This typically takes under ${factText('rds.multi-az.cluster.failover', 'en')}, with nothing lost.`,
      aurora:
        `Aurora with a replica: every instance shares one cluster volume (${factText('aurora.storage.copies', 'en')} copies across ${factText('aurora.storage.azs', 'en')} AZs). Aurora promotes the replica with the highest failover priority (the lowest tier number) and moves the cluster endpoint to it. This typically takes under ${factText('aurora.failover.with-replica', 'en')}, often under ${factText('aurora.failover.with-replica.often', 'en')}. The data never moves, so nothing is lost.`,
      'aurora-no-replica':
        `Aurora without a replica: there is nothing to promote, so Aurora creates a new writer instance on the same cluster volume. That typically takes under ${factText('aurora.failover.without-replica', 'en')} with no writes at all, but nothing is lost.`,
      'replica-promotion':
        "Promoting a read replica by hand: replication to a read replica is asynchronous, so whatever was still in the replication lag when the primary failed is lost (RPO above 0). Someone has to notice, promote the replica and point the application at the replica's own endpoint, which takes minutes.",
    },
    aboutProxy:
      `Behind RDS Proxy: the application stays connected to the proxy, which watches the database itself, reaches the new primary and sends it the writes it held, without waiting for DNS. AWS says this cuts failover time by up to ${factText('rds.proxy.failover-reduction', 'en')}; measurements on the AWS Database Blog found up to 79 % for Aurora MySQL and 32 % for RDS for MySQL. The proxy holds a request for at most its connection borrow timeout, ${factText('rds.proxy.connection-borrow-timeout', 'en')} by default.`,
    measuring:
      "RTO here is the time from the failure until the application's writes succeed again; RPO is how much acknowledged data, in seconds, the new primary is missing. Phase lengths are drawn from a fixed seed within the ranges AWS documents. The times for a manual promotion depend on people, so they are this diagram's assumption.",
    noscript: 'The controls need JavaScript. The picture shows the whole run, and the table below gives its times.',
    panel: 'At this moment',
    table: {
      milestone: 'Milestone',
      rows: {
        detect: 'Failure detected',
        promote: 'New primary takes writes',
        dns: 'Endpoint points to the new primary',
        proxy: 'RDS Proxy reaches the new primary',
        rto: 'Application writes again (RTO)',
        rpo: 'Data lost (RPO)',
        writes: 'Writes',
      },
    },
    controls: {
      scenarios: 'Scenarios',
      scenario: 'Scenario',
      scenarioProxy: 'Scenario behind RDS Proxy',
      compare: 'Compare with',
      compareProxy: 'Comparison behind RDS Proxy',
      nothing: 'Nothing (one scenario)',
      reroll: 'Different timings',
      timeline: 'Timeline',
      fail: 'Fail the primary',
      replay: 'Replay',
      time: 'Time',
    },
  },
});
