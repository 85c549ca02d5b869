/**
 * Words only the server renders for the endpoints figure: caption,
 * description, table, control labels. The island never loads this file;
 * what it says while running is in strings.ts.
 */
import { defineStrings } from '../kit/strings';
import { factText } from '../../lib/fact-values';
import type { Load } from './model';

/** AWS's figures and the model's assumptions, from the fact registry, as each language writes them. */
const ko = (id: string) => factText(id, 'ko');
const en = (id: string) => factText(id, 'en');

export type EndpointKind = 'cluster' | 'reader' | 'custom';

export interface EndpointsPageStrings {
  readonly caption: string;
  readonly description: readonly string[];
  readonly noscript: string;
  readonly table: {
    readonly caption: string;
    readonly endpoint: string;
    readonly target: string;
    readonly when: string;
    readonly rows: Readonly<Record<EndpointKind, readonly [string, string, string]>>;
  };
  readonly controls: {
    readonly requests: string;
    readonly write: string;
    readonly readWriter: string;
    readonly readReplica: string;
    readonly burst: string;
    readonly lagLegend: string;
    readonly lag: string;
    readonly lagOption: (ms: number) => string;
    readonly waitShort: string;
    readonly connections: string;
    readonly pool: string;
    readonly poolOption: (size: number) => string;
    readonly reconnect: string;
    readonly custom: string;
    readonly member: (id: number) => string;
    readonly report: string;
    readonly scaling: string;
    readonly load: string;
    readonly loadOption: Readonly<Record<Load, string>>;
    readonly waitLong: string;
  };
}

export const endpointsPageStrings = defineStrings<EndpointsPageStrings>({
  ko: {
    caption:
      'Aurora 엔드포인트 시뮬레이터: 쓰기와 복제 지연, 연결 단위 분산, 사용자 지정 엔드포인트, 복제본 Auto Scaling',
    description: [
      '서비스 애플리케이션은 쓰기를 클러스터 엔드포인트로 보내고, 클러스터 엔드포인트는 쓰기를 받는 유일한 인스턴스인 라이터 DB 인스턴스를 가리킵니다. Aurora 복제본은 같은 클러스터 볼륨을 읽지만 각 쓰기를 조금 늦게 반영합니다. 이 간격이 복제 지연이고, 여기서는 직접 정할 수 있습니다. 그 사이에 복제본에서 읽으면 이전 값, 즉 오래된 값이 돌아옵니다. 라이터에서 읽으면 그런 일이 없습니다.',
      '리더 엔드포인트는 DNS 이름이라, 복제본을 고르는 일은 연결을 열 때 일어납니다. 이름이 사용 가능한 복제본 하나로 풀리고(여기서는 DNS 라운드 로빈처럼 차례대로), 그 연결의 쿼리는 모두 그 복제본으로 갑니다. 그래서 분산 단위는 쿼리가 아니라 연결입니다. 연결이 하나뿐인 풀은 읽기를 모두 한 복제본에 보내고, 나중에 추가된 복제본은 그 뒤에 열린 연결만 받습니다.',
      '사용자 지정 엔드포인트는 직접 고른 인스턴스만 묶습니다. 여기서 분석 애플리케이션은 사용자 지정 엔드포인트 analytics로 접속하므로 보고서 쿼리가 그 구성원에만 갑니다. 리더 엔드포인트는 이 복제본들도 여전히 포함하므로 서비스 애플리케이션의 연결이 그쪽에 붙을 수도 있습니다.',
      `Auto Scaling은 복제본의 평균 CPU 사용률을 지켜봅니다. 이 모형에서는 읽기 부하(낮음, 높음, 최대는 각각 복제본 한 대 CPU의 90%, 150%, 300%)를 사용 가능한 복제본 수로 나눈 값입니다. 평균이 목표 ${ko('diagram.endpoints.target-cpu')}를 ${ko('diagram.endpoints.scale-out-period')} 동안 넘으면 평균을 목표로 되돌릴 만큼 복제본을 추가하고(하나 만드는 데 ${ko('diagram.endpoints.replica-create')}), 목표의 ${ko('diagram.endpoints.scale-in-share')} 미만이 ${ko('diagram.endpoints.scale-in-period')} 이어지면 자신이 추가한 복제본 하나를 제거합니다. 조정한 뒤에는 AWS 기본값대로 ${ko('aurora.autoscaling.cooldown')} 동안 기다립니다(휴지 기간). 직접 만든 복제본은 제거하지 않습니다. 시간 값은 동작을 보여 주려고 이 모형이 정한 것으로, 실제 경보와 생성 시간은 다릅니다.`,
      '쿼리 하나는 시뮬레이션 시간으로 10ms가 걸립니다. 그림에는 경과 시간, 복제 지연, 인스턴스마다 반영된 쓰기와 연결이 나옵니다.',
    ],
    noscript:
      '조작 버튼은 JavaScript가 있어야 동작합니다. 그림과 설명, 표만으로도 시작 상태와 각 엔드포인트가 인스턴스를 고르는 방식을 볼 수 있습니다.',
    table: {
      caption: '엔드포인트가 인스턴스를 고르는 방식',
      endpoint: '엔드포인트',
      target: '연결이 가는 곳',
      when: '고르는 시점',
      rows: {
        cluster: ['클러스터 엔드포인트', '현재 라이터', '연결을 열 때. 장애 조치 뒤에는 새 라이터를 가리킴'],
        reader: ['리더 엔드포인트', '사용 가능한 복제본 중 하나', '연결을 열 때. 쿼리마다 다시 고르지 않음'],
        custom: ['사용자 지정 엔드포인트', '직접 고른 구성원 중 하나', '연결을 열 때'],
      },
    },
    controls: {
      requests: '서비스 애플리케이션의 요청',
      write: '쓰기',
      readWriter: '라이터에서 읽기',
      readReplica: '복제본에서 읽기',
      burst: '읽기 8번 보내기',
      lagLegend: '복제',
      lag: '복제 지연',
      lagOption: (ms) => (ms < 500 ? `${ms}ms` : `${ms / 1000}초`),
      waitShort: '0.5초 기다리기',
      connections: '연결',
      pool: '서비스 애플리케이션의 연결 풀 크기',
      poolOption: (size) => `연결 ${size}개`,
      reconnect: '두 애플리케이션 다시 연결',
      custom: '사용자 지정 엔드포인트 analytics의 구성원',
      member: (id) => `복제본 ${id}`,
      report: '분석 보고서 실행',
      scaling: 'Auto Scaling',
      load: '읽기 부하',
      loadOption: { light: '낮음', busy: '높음', peak: '최대' },
      waitLong: '5분 기다리기',
    },
  },
  en: {
    caption:
      'Aurora endpoints simulator: writes and replica lag, per-connection balancing, custom endpoints, replica Auto Scaling',
    description: [
      'The service app sends its writes through the cluster endpoint, which points at the writer DB instance, the only instance that accepts writes. The Aurora Replicas read the same cluster volume but apply each write a little later. That delay is the replica lag, and here you set it. A read on a replica inside that window returns the previous value: a stale read. A read on the writer never does.',
      'The reader endpoint is a DNS name, so the choice of replica happens when a connection opens: the name resolves to one available replica (here in turn, as round-robin DNS does), and every statement on that connection then goes to that replica. So it balances connections, not statements: a pool with a single connection sends all its reads to one replica, and replicas added later only get connections opened after they arrive.',
      'A custom endpoint groups only the instances you choose. Here the analytics app connects through the custom endpoint analytics, so its reports reach only its members. The reader endpoint still includes those replicas, so service connections can land on them as well.',
      `Auto Scaling watches the replicas’ average CPU utilization, which in this model is the read load (light, busy or peak: 90 %, 150 % or 300 % of one replica’s CPU) divided by the available replicas. When the average stays above the ${en('diagram.endpoints.target-cpu')} target for ${en('diagram.endpoints.scale-out-period')}, it adds enough replicas to bring it back to the target (each takes ${en('diagram.endpoints.replica-create')} to create); when it stays under ${en('diagram.endpoints.scale-in-share')} of the target for ${en('diagram.endpoints.scale-in-period')}, it removes one replica it added. After each change it waits AWS’s default cooldown of ${en('aurora.autoscaling.cooldown')}. It never removes replicas you created. These timings are the model’s, chosen to show the behaviour; real alarms and creation times differ.`,
      'Each statement takes 10 ms of simulated time. The picture shows the elapsed time, the replica lag, and the writes and connections each instance holds.',
    ],
    noscript:
      'The controls need JavaScript. The picture, the text and the table still show the starting state and how each endpoint picks an instance.',
    table: {
      caption: 'How each endpoint picks an instance',
      endpoint: 'Endpoint',
      target: 'A connection goes to',
      when: 'Decided',
      rows: {
        cluster: [
          'Cluster endpoint',
          'The current writer',
          'When the connection opens; after a failover it points at the new writer',
        ],
        reader: [
          'Reader endpoint',
          'One of the available replicas',
          'When the connection opens, never again per statement',
        ],
        custom: ['Custom endpoint', 'One of the members you chose', 'When the connection opens'],
      },
    },
    controls: {
      requests: 'Service app requests',
      write: 'Write',
      readWriter: 'Read from the writer',
      readReplica: 'Read from a replica',
      burst: 'Send 8 reads',
      lagLegend: 'Replication',
      lag: 'Replica lag',
      lagOption: (ms) => (ms < 500 ? `${ms} ms` : `${ms / 1000} s`),
      waitShort: 'Wait 0.5 s',
      connections: 'Connections',
      pool: 'Service app pool size',
      poolOption: (size) => `${size} ${size === 1 ? 'connection' : 'connections'}`,
      reconnect: 'Reconnect both apps',
      custom: 'Members of the custom endpoint analytics',
      member: (id) => `Replica ${id}`,
      report: 'Run an analytics report',
      scaling: 'Auto Scaling',
      load: 'Read load',
      loadOption: { light: 'Light', busy: 'Busy', peak: 'Peak' },
      waitLong: 'Wait 5 minutes',
    },
  },
});
