/** The failover island's words in Korean (한국어). See strings.ts. */
import { factText } from '../../lib/fact-values';
import type { Deployment } from './model';
import type { CaptionFacts, FailoverStrings } from './strings';

const NAMES: Readonly<Record<Deployment, string>> = {
  'multi-az-instance': '다중 AZ DB 인스턴스',
  'multi-az-cluster': '다중 AZ DB 클러스터',
  aurora: 'Aurora (복제본 있음)',
  'aurora-no-replica': 'Aurora (복제본 없음)',
  'replica-promotion': '읽기 전용 복제본 수동 승격',
};

function seconds(s: number): string {
  return `${s < 0 ? '−' : ''}${Math.abs(Math.round(s))}초`;
}

function duration(s: number): string {
  const whole = Math.round(s);
  if (whole < 120) return seconds(whole);
  const rest = whole % 60;
  return `${whole}초(${Math.floor(whole / 60)}분${rest ? ` ${rest}초` : ''})`;
}

/** 다중 AZ DB 인스턴스와 수동 승격은 '기본 인스턴스', 클러스터는 '라이터'라고 부릅니다. */
function primaryOf(f: CaptionFacts): string {
  const d = f.lane.deployment;
  return d === 'multi-az-cluster' || d === 'aurora' || d === 'aurora-no-replica'
    ? '라이터 인스턴스(a)'
    : '기본 인스턴스(a)';
}

const PROXY_NOTE = ' 애플리케이션은 DB가 아니라 RDS 프록시에 연결하고, 프록시가 DB 연결 풀을 유지합니다.';

export const ko: FailoverStrings = {
  lane: (lane) => (lane.proxy ? `${NAMES[lane.deployment]} + RDS 프록시` : NAMES[lane.deployment]),
  rows: {
    app: '애플리케이션',
    proxy: 'RDS 프록시',
    endpoint: (d) =>
      d === 'replica-promotion'
        ? '앱에 설정한 엔드포인트'
        : d === 'multi-az-instance'
          ? 'DB 엔드포인트(DNS)'
          : '클러스터 엔드포인트(DNS)',
    volume: '클러스터 볼륨',
    node: (id, az) => `인스턴스 ${id} · AZ ${az}`,
    writes: '쓰기',
    outcome: { acked: '완료', failed: '대기·실패', lost: '유실' },
  },
  bars: {
    app: { ok: '쓰기 성공', errors: '연결 오류', waiting: '프록시에서 대기' },
    appShort: { ok: '성공', errors: '오류', waiting: '대기' },
    proxyWaiting: '새 기본 인스턴스 기다리는 중',
    proxyWaitingShort: '대기',
    to: (id) => `→ ${id}`,
    volume: `${factText('aurora.storage.azs', 'ko')}개 AZ에 사본 ${factText('aurora.storage.copies', 'ko')}개, 영향 없음`,
    volumeShort: '영향 없음',
    role: (role, d, tier, lag, short) => {
      switch (role) {
        case 'primary':
          return d === 'multi-az-instance' || d === 'replica-promotion' ? (short ? '기본' : '기본 인스턴스') : '라이터';
        case 'standby':
          return short ? '대기' : '대기 인스턴스(동기식)';
        case 'reader':
          return short ? '리더' : '리더(읽기 가능한 대기)';
        case 'replica':
          if (d === 'aurora') return short ? `우선 순위 ${tier ?? 1}` : `Aurora 복제본 · 우선 순위 ${tier ?? 1}`;
          return short ? `${seconds(lag)} 지연` : `읽기 전용 복제본, ${seconds(lag)} 뒤처짐`;
        case 'promoting':
          return '승격 중';
        case 'creating':
          return '생성 중';
        case 'failed':
          return '장애';
        case 'absent':
          return '';
      }
    },
    lag: (s) => `복제 지연 ${seconds(s)}: 유실`,
  },
  axis: {
    label: '장애 발생 후 경과 시간(초)',
    failure: '장애',
    happened: '지난 일',
    toCome: '앞으로 일어날 일',
  },
  seconds,
  duration,
  when: (t) => {
    if (t === 0) return '장애 발생 시점(0초)';
    return t < 0 ? `장애 ${seconds(-t)} 전` : `장애 후 ${seconds(t)}`;
  },
  result: (f) =>
    `측정값: RTO ${duration(f.rto)} · RPO ${seconds(f.rpo)}, ` +
    (f.lost === 0 ? '완료된 쓰기 유실 없음' : `완료된 쓰기 ${f.lost}건 유실`),
  resultPending: 'RTO·RPO: 이 줄이 복구되면 측정합니다',
  picture: {
    title: (lanes, when) => `장애 조치 타임라인. ${lanes.join(' ')} 현재 위치: ${when}.`,
    drawn: '좁은 화면에 그릴 타임라인',
    tabs: ['시나리오', '비교 대상'],
  },
  captions: {
    normal: (f) => {
      let text: string;
      switch (f.lane.deployment) {
        case 'multi-az-instance':
          text =
            '정상 운영 중. 모든 쓰기는 기본 인스턴스(a)에 커밋되는 동시에 다른 AZ의 대기 인스턴스(b)에도 동기식으로 기록된 뒤에야 애플리케이션에 성공으로 알려집니다.';
          break;
        case 'multi-az-cluster':
          text = '정상 운영 중. 쓰기는 리더 두 대 가운데 적어도 한 대가 받았다고 확인하면 완료됩니다(반동기식 복제).';
          break;
        case 'aurora':
          text =
            '정상 운영 중. 라이터(a)는 공유 클러스터 볼륨에 쓰고, 복제본 두 대(b, c)도 같은 볼륨을 읽으며 장애 조치 대상으로 대기합니다.';
          break;
        case 'aurora-no-replica':
          text =
            '정상 운영 중. 라이터 인스턴스 하나(a)뿐이고 Aurora 복제본은 없습니다. 데이터는 인스턴스가 아니라 클러스터 볼륨에 있습니다.';
          break;
        case 'replica-promotion':
          text = `정상 운영 중. 기본 인스턴스(a)는 변경 내용을 읽기 전용 복제본(b)에 비동기식으로 보내며, 복제본은 ${seconds(f.lag)} 뒤처져 있습니다.`;
          break;
      }
      return f.lane.proxy ? text + PROXY_NOTE : text;
    },
    fail: (f) => {
      if (f.lane.deployment === 'replica-promotion') {
        return '기본 인스턴스(a)에 장애가 납니다. 저절로 일어나는 일은 없습니다. 읽기 전용 복제본은 대기 인스턴스가 아니기 때문입니다.';
      }
      return f.lane.proxy
        ? `${primaryOf(f)}에 장애가 납니다. RDS 프록시는 애플리케이션의 연결을 그대로 열어 두고 쓰기를 붙잡아 둡니다.`
        : `${primaryOf(f)}에 장애가 납니다. 애플리케이션의 연결이 끊기고 쓰기가 실패하기 시작합니다.`;
    },
    detect: (f) => {
      switch (f.lane.deployment) {
        case 'multi-az-instance':
          return 'RDS가 장애를 감지하고 대기 인스턴스(b)를 승격하기 시작합니다.';
        case 'multi-az-cluster':
          return `RDS가 장애를 감지하고, 완료된 변경을 모두 가진 리더를 승격합니다. 이번에는 ${f.next} 인스턴스입니다.`;
        case 'aurora':
          return `Aurora가 장애를 감지하고, 장애 조치 우선 순위가 가장 높은(숫자가 가장 작은) 복제본인 ${f.next} 인스턴스를 고릅니다. 우선 순위는 ${f.tier ?? 0}입니다.`;
        case 'aurora-no-replica':
          return 'Aurora가 장애를 감지합니다. 승격할 복제본이 없으므로 라이터 인스턴스를 새로 만들기 시작합니다.';
        case 'replica-promotion':
          return '담당자가 경보를 보고 읽기 전용 복제본(b)의 승격을 시작합니다.';
      }
    },
    promote: (f) => {
      switch (f.lane.deployment) {
        case 'multi-az-instance':
          return '대기 인스턴스(b)가 새 기본 인스턴스가 되어 쓰기를 받습니다. 커밋된 쓰기는 이미 모두 가지고 있습니다.';
        case 'multi-az-cluster':
          return `리더 ${f.next} 인스턴스가 새 라이터가 됩니다. 쓰기는 리더가 받아야 커밋되고, 이 리더는 그 쓰기를 모두 받았습니다.`;
        case 'aurora':
          return `복제본 ${f.next} 인스턴스가 새 라이터가 됩니다. 같은 클러스터 볼륨을 읽으므로 옮길 데이터가 없습니다.`;
        case 'aurora-no-replica':
          return '새 라이터 인스턴스가 준비됩니다. 같은 클러스터 볼륨을 열기 때문에 완료된 쓰기는 모두 그대로 있습니다.';
        case 'replica-promotion':
          return `읽기 전용 복제본(b)이 독립된 기본 인스턴스가 됩니다. 마지막 ${seconds(f.lag)} 동안의 변경은 끝내 도착하지 못해, 완료된 쓰기 ${f.lost}건이 사라집니다.`;
      }
    },
    proxy: (f) =>
      `RDS 프록시가 새 ${f.lane.deployment === 'multi-az-instance' ? '기본 인스턴스' : '라이터'}에 연결하고 붙잡아 둔 쓰기를 보냅니다. 애플리케이션은 다시 연결할 필요가 없었습니다.` +
      (f.timedOut > 0
        ? ` 다만 쓰기 ${f.timedOut}건은 프록시의 연결 대여 제한 시간(${factText('rds.proxy.connection-borrow-timeout', 'ko')})보다 오래 기다리다 실패해 다시 시도했습니다.`
        : ''),
    dns: (f) => {
      if (f.lane.deployment === 'replica-promotion') {
        return '애플리케이션 설정을 복제본 b의 엔드포인트로 바꿉니다. 인스턴스마다 엔드포인트가 따로 있고, 대신 바꿔 주는 것은 없습니다.';
      }
      return f.lane.proxy
        ? `엔드포인트의 DNS 레코드가 이제 ${f.next} 인스턴스를 가리키지만, 애플리케이션은 프록시와 통신하므로 이를 기다리지 않았습니다.`
        : `엔드포인트의 DNS 레코드(CNAME)가 이제 ${f.next} 인스턴스를 가리킵니다. DNS 캐시에 옛 주소를 들고 있는 애플리케이션은 계속 실패합니다.`;
    },
    reconnect: (f) =>
      f.lane.deployment === 'replica-promotion'
        ? '애플리케이션이 새 엔드포인트로 다시 시작하고, 실패했던 쓰기를 다시 시도합니다.'
        : `애플리케이션의 DNS 캐시가 만료됩니다. 다시 연결해 ${f.next} 인스턴스에 닿고, 실패했던 쓰기를 다시 시도합니다.`,
  },
  status: (name, view, c) => {
    const doing =
      view === 'ok'
        ? '쓰기가 성공합니다'
        : view === 'waiting'
          ? '쓰기가 RDS 프록시에서 기다립니다'
          : '쓰기가 연결 오류로 실패합니다';
    const parts = [`완료 ${c.acked}건`];
    if (c.failed > 0) parts.push(`재시도 대기 ${c.failed}건`);
    if (c.held > 0) parts.push(`프록시 대기 ${c.held}건`);
    parts.push(`유실 ${c.lost}건`);
    return `${name}: ${doing}. 지금까지 쓰기 ${parts.join(', ')}.`;
  },
  live: {
    at: (when, lines) => `${when}. ${lines.join(' ')}`,
    showing: (lines) => `지금 보는 시나리오: ${lines.join(' / ')}.`,
    rerolled: (seed, lines) => `새 시간으로 다시 실행(${seed}회차): ${lines.join(' / ')}.`,
    ended: (lines) => `실행 끝. ${lines.join(' / ')}.`,
    summary: (name, f) => `${name} — RTO ${duration(f.rto)}, RPO ${seconds(f.rpo)}`,
  },
  table: {
    caption: (seed) => `이번 실행(시드 ${seed})의 단계별 시간, 장애 후 경과 초`,
    none: '해당 없음',
    writes: (acked, late, lost) => `완료 ${acked}건(그중 늦게 완료 ${late}건), 유실 ${lost}건`,
  },
};
