/** The Global Database island's words in Korean (한국어). See strings.ts. */
import type { RegionCode } from './model';
import type { GlobalStrings, Lagging } from './strings';

const CITY: Readonly<Record<RegionCode, string>> = {
  'us-west-2': '오레곤',
  'ca-central-1': '캐나다',
  'us-east-1': '버지니아 북부',
  'sa-east-1': '상파울루',
  'eu-west-1': '아일랜드',
  'eu-west-2': '런던',
  'eu-central-1': '프랑크푸르트',
  'ap-south-1': '뭄바이',
  'ap-southeast-1': '싱가포르',
  'ap-northeast-2': '서울',
  'ap-northeast-1': '도쿄',
  'ap-southeast-2': '시드니',
};

const list = (items: readonly string[]): string => items.join(', ');
const seconds = (ms: number): string => `${Math.round(ms / 10) / 100}초`;
/** Always "… 리전": the particle that follows then never depends on the name. */
const region = (code: RegionCode): string => `${CITY[code]} 리전`;
const name = (code: RegionCode): string => `${CITY[code]} 리전(${code})`;
const lagging = (l: Lagging): string => `${CITY[l.code]} ${seconds(l.lagMs)} 뒤처짐`;

export const ko: GlobalStrings = {
  picture: {
    title: (status) => `서쪽에서 동쪽으로 놓인 AWS 리전 12개 위의 Aurora Global Database. ${status}`,
    zone: { americas: '아메리카', europe: '유럽', asia: '아시아 태평양' },
    city: CITY,
    legend: { primary: '기본 리전', secondary: '보조 리전(복제 지연 표시)', none: '글로벌 데이터베이스 밖' },
    primary: '★ 기본',
    primaryDown: '✕ 중단',
    cutOff: '✕ 분리됨',
    lag: (ms) => seconds(ms),
    writes: (primary, writable) => (writable ? `쓰기 진행 중: ${name(primary)}` : `쓰기 멈춤: ${name(primary)} 중단`),
    count: (count, max) => `보조 리전 ${count}개 / 최대 ${max}개`,
    failover: (rpo, lost, rto) =>
      `최근 장애 조치: RPO ${seconds(rpo)}(쓰기 약 ${lost}건 손실), RTO ${Math.round(rto / 1000)}초`,
    switchover: (sync) => `최근 전환: RPO 0, 손실 없음(동기화에 ${seconds(sync)} 대기)`,
  },
  live: {
    status: (f) =>
      `기본 리전: ${name(f.primary)}, ${f.writable ? '쓰기를 받는 중' : '리전 장애로 쓰기가 멈춤'}. ` +
      `보조 리전 ${f.secondaries.length}개(최대 ${f.max}개)${
        f.secondaries.length === 0 ? '' : `: ${list(f.secondaries.map(lagging))}`
      }.` +
      (f.cutOff ? ` 이전 기본 리전인 ${region(f.cutOff)}은 중단되어 글로벌 데이터베이스에서 빠져 있습니다.` : ''),
    added: (added, count, max) =>
      `보조 리전 추가: ${list(added.map((l) => `${name(l.code)}, 기본 리전보다 ${seconds(l.lagMs)} 뒤처짐`))}. 이제 보조 리전은 최대 ${max}개 중 ${count}개입니다.`,
    refused: (codes, max) =>
      `추가하지 못함: ${list(codes.map(name))}. 글로벌 데이터베이스의 보조 리전은 최대 ${max}개입니다.`,
    skipped: (codes) => `${list(codes.map(region))}: 이미 글로벌 데이터베이스에 있거나 중단된 리전입니다.`,
    removed: (code, count, max) =>
      `글로벌 데이터베이스에서 제거: ${name(code)}. 남은 보조 리전은 최대 ${max}개 중 ${count}개입니다.`,
    notSecondary: (code) => `${name(code)}: 보조 리전이 아닙니다.`,
    noSecondary: '승격할 보조 리전이 없습니다. 먼저 보조 리전을 추가하세요.',
    outage: (code) =>
      `리전 장애: ${name(code)}. 기본 클러스터에 닿을 수 없어 쓰기가 멈춥니다. 보조 리전들은 그때까지 받은 데이터로 계속 읽기를 처리합니다.`,
    outageAlready: (code) => `${name(code)}: 이미 중단된 리전입니다. 이 모형에서는 장애가 한 번에 하나만 일어납니다.`,
    resumed: (code) =>
      `${name(code)} 복구: 그 리전에서 쓰기가 다시 이어집니다. 잃은 데이터는 없지만 장애 내내 쓰기가 멈춰 있었습니다. 장애 조치가 막으려는 것이 바로 이것입니다.`,
    rejoined: (code, primary, lag) =>
      `${name(code)} 복구: 새 기본 리전인 ${region(primary)}의 보조 리전으로 다시 합류했습니다(${seconds(lag)} 뒤처짐). 복제되지 못했던 쓰기는 되살아나지 않습니다.`,
    stayedOut: (code, max) =>
      `${name(code)} 복구: 보조 리전이 이미 ${max}개라 글로벌 데이터베이스에 합류하지 못했습니다.`,
    nothingDown: '중단된 리전이 없습니다.',
    failover: (from, to, rpo, lost, rto) =>
      `장애 조치: ${name(to)} 승격에 ${Math.round(rto / 1000)}초가 걸려 1분 안에 쓰기가 다시 시작됩니다(RTO). ` +
      `${region(from)}의 마지막 ${seconds(rpo)} 동안의 쓰기는 ${region(to)}에 닿지 못해 약 ${lost}건을 잃었습니다(RPO).`,
    failoverHealthy:
      '기본 리전이 정상이라 장애 조치할 이유가 없습니다. 데이터 손실 없이 기본 리전을 옮기려면 전환을 쓰세요.',
    switchover: (from, to, sync, slowest) =>
      `전환: ${name(to)}. 모든 보조 리전이 따라잡을 때까지 쓰기를 잠시 멈추고(가장 느린 ${region(slowest)}에 ${seconds(sync)}), 그다음 역할을 바꿨습니다. 잃은 데이터는 없습니다(RPO 0). 이제 ${region(from)}은 보조 리전입니다.`,
    switchoverOutage:
      '전환은 먼저 모든 보조 리전을 최신 상태로 맞추므로 기본 리전이 정상이어야 합니다. 장애 중에는 장애 조치를 쓰세요.',
    tourStep: (index, length) => `${length}단계 중 ${index + 1}단계:`,
    tour: {
      start:
        '모든 쓰기는 기본 리전 하나가 받습니다. 보조 리전들은 그 스토리지를 복제하며, 보통 1초 미만으로 뒤처집니다.',
      add: '보조 리전마다 읽기 전용 클러스터가 있고, 사용자 가까이에서 복제본을 최대 16개까지 둘 수 있습니다.',
      outage: '기본 리전 전체가 멈춥니다. 쓰기는 멈추지만 보조 리전에서는 계속 읽을 수 있습니다.',
      failover:
        '장애 조치는 1분 안에 보조 리전을 승격하지만, 아직 오던 쓰기는 사라집니다. RPO가 몇 초 수준인 이유입니다.',
      recover: '이전 기본 리전이 돌아오면 새 기본 리전의 보조 리전으로 합류합니다.',
      switchover: '계획된 전환은 모든 보조 리전이 따라잡기를 기다리므로 잃는 데이터가 없습니다. RPO 0입니다.',
      fill: '글로벌 데이터베이스의 보조 리전은 최대 10개입니다.',
      limit: '11번째 보조 리전은 추가되지 않습니다.',
    },
  },
};
