/** The endpoints island's words in Korean (한국어). See strings.ts. */
import type { ConnWords, EndpointsStrings, ScalingFacts } from './strings';
import { SCALE_IN_MINUTES, SCALE_IN_RATIO, SCALE_OUT_MINUTES } from './model';

const SCALE_IN_SHARE = Math.round(SCALE_IN_RATIO * 100);

function list(items: readonly string[]): string {
  return items.join(', ');
}

function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function duration(ms: number): string {
  if (ms < 500) return `${ms}ms`;
  if (ms < 60_000) return `${num(ms / 1000)}초`;
  const min = Math.floor(ms / 60_000);
  const rest = ms - min * 60_000;
  return rest === 0 ? `${min}분` : `${min}분 ${num(rest / 1000)}초`;
}

const replica = (id: number): string => `복제본 ${id}`;
const replicas = (ids: readonly number[]): string => `복제본 ${list(ids.map(String))}`;
const connName = (c: ConnWords): string => `${c.app === 'service' ? 'c' : 'a'}${c.id}`;
const conn = (c: ConnWords): string => `${connName(c)} → ${replica(c.replica)}`;
const version = (v: number): string => (v === 0 ? '아직 쓰기 없음' : `쓰기 #${v}`);
const LOADS = { light: '낮음', busy: '높음', peak: '최대' } as const;

function scaling(f: ScalingFacts): string {
  switch (f.kind) {
    case 'creating':
      return `${replicas(f.ids)} 생성 중, ${duration(f.readyInMs)} 뒤 사용 가능`;
    case 'cooldown':
      return `휴지 기간: ${duration(f.leftMs)} 동안 조정 없음`;
    case 'above':
      return `목표 초과: 복제본 추가까지 ${f.needed}분 중 ${f.minutes}분 경과`;
    case 'below':
      return f.canRemove
        ? `목표의 ${SCALE_IN_SHARE}% 미만: 복제본 제거까지 ${f.needed}분 중 ${f.minutes}분 경과`
        : '목표 미만이지만 남은 복제본은 모두 직접 만든 것';
    case 'steady':
      return f.atMax ? '정책의 최대 개수에 도달' : '목표 근처라 조정할 것 없음';
  }
}

export const ko: EndpointsStrings = {
  picture: {
    title: (status, service, analytics) =>
      `Aurora DB 클러스터: ${status} 서비스 애플리케이션의 연결 풀: ${list(service.map(conn))}. 분석 애플리케이션: ${
        analytics.length === 0 ? '연결 없음' : list(analytics.map(conn))
      }.`,
    serviceApp: '서비스 애플리케이션',
    analyticsApp: '분석 애플리케이션',
    clusterEndpoint: '클러스터 엔드포인트',
    readerEndpoint: '리더 엔드포인트',
    customEndpoint: '사용자 지정 엔드포인트',
    writer: '라이터',
    writerTag: '읽기와 쓰기',
    replica: (id) => `복제본 ${id}`,
    members: (ids) => (ids.length === 0 ? '구성원 없음' : replicas(ids)),
    auto: '자동 추가',
    creating: '생성 중…',
    member: '◆ 분석용',
    manual: '직접 생성',
    version: (v) => (v === 0 ? '쓰기 없음' : `쓰기 #${v}`),
    behind: (v, by) => `${v === 0 ? '없음' : `#${v}`}, ${by}개 뒤처짐`,
    noConnections: '연결 없음',
    conn: connName,
    served: (count, value, stale) =>
      count === 1 ? `읽기 #${value} ${stale ? '✕ 오래됨' : '✓'}` : `읽기 ${count}번${stale ? ' ✕ 오래됨' : ''}`,
    volume: (latest) => `공유 클러스터 볼륨 · ${latest === 0 ? '아직 쓰기 없음' : `최신 쓰기 #${latest}`}`,
    cpu: (cpu) => `복제본 평균 CPU ${num(cpu)}%`,
    target: (target) => `목표 ${target}%`,
    policy: (count, min, max) => `복제본 ${count}개 (정책 ${min}–${max}개)`,
    scaling,
    clock: (ms) => `경과 ${ms === 0 ? '0초' : duration(ms)}`,
    lag: (ms) => `복제 지연 ${duration(ms)}`,
  },
  live: {
    status: (f) =>
      `라이터와 복제본 ${f.replicas}개${f.creating > 0 ? `(생성 중 ${f.creating}개)` : ''}, 복제 지연 ${duration(f.lagMs)}. ${
        f.applied === f.latest
          ? f.latest === 0
            ? '아직 쓰기가 없습니다.'
            : `복제본에 모든 쓰기가 반영되어 있습니다(최신 #${f.latest}).`
          : `복제본에는 #${f.applied}까지 반영되었고 라이터에는 #${f.latest}까지 있습니다.`
      } 복제본 평균 CPU ${num(f.cpu)}%(목표 ${f.target}%).`,
    write: (v, lag) =>
      `쓰기 #${v} 완료: 클러스터 엔드포인트를 거쳐 라이터에 기록했습니다. 복제본에는 커밋 후 ${duration(lag)} 뒤에 반영됩니다.`,
    readWriter: (value) =>
      `클러스터 엔드포인트로 라이터에서 읽은 값: ${version(value)}, 최신입니다. 라이터에서 읽으면 오래된 값이 나오지 않습니다.`,
    readReplica: (c, value, latest, lag) =>
      value < latest
        ? `연결 ${connName(c)}(${replica(c.replica)}에 고정)에서 읽은 값: ${version(value)}. 라이터에는 이미 #${latest}까지 있으므로 오래된 값입니다. 복제본은 쓰기를 커밋 후 ${duration(lag)} 뒤에 반영합니다.`
        : `연결 ${connName(c)}에서 읽은 값: ${version(value)}, 최신입니다. 리더 엔드포인트가 이 연결을 ${replica(c.replica)}에 고정해 두었습니다.`,
    burst: (count, pool, served, stale) => {
      const parts = served.map(([id, n]) => `${replica(id)}에서 ${n === count ? `${n}번 모두` : `${n}번`}`);
      return (
        `연결 ${pool}개짜리 풀로 읽기 ${count}번: ${list(parts)} 처리했습니다. 각 쿼리는 자기 연결이 가리키는 복제본으로 갑니다.` +
        (stale > 0 ? (stale === count ? ' 모두 오래된 값이었습니다.' : ` 그중 ${stale}번은 오래된 값이었습니다.`) : '')
      );
    },
    report: (c, value, latest) =>
      `분석 보고서 쿼리를 연결 ${connName(c)}에서 실행했습니다. 사용자 지정 엔드포인트가 이 연결을 ${replica(c.replica)}에 고정해 두었습니다. 읽은 값: ${version(value)}${
        value < latest ? `, 오래된 값(라이터에는 #${latest}까지 있음).` : ', 최신입니다.'
      }`,
    reportNowhere: '사용자 지정 엔드포인트에 구성원이 없어 분석 애플리케이션이 연결할 곳이 없습니다.',
    waited: (ms) => `${duration(ms)} 뒤:`,
    caughtUp: (latest) =>
      latest === 0 ? '아직 쓰기가 없어 반영할 것도 없습니다.' : `복제본에 모든 쓰기가 반영되었습니다(최신 #${latest}).`,
    stillApplying: (applied, latest) =>
      applied === 0
        ? `복제본에는 아직 쓰기가 반영되지 않았습니다(라이터에는 #${latest}까지 있음).`
        : `복제본에는 #${applied}까지 반영되었고 라이터에는 #${latest}까지 있습니다. 쓰기 ${latest - applied}개가 아직 오는 중입니다.`,
    change: (c) => {
      const at = `${duration(c.atMs)} 시점:`;
      switch (c.kind) {
        case 'out':
          return `${at} 복제본 평균 CPU가 ${SCALE_OUT_MINUTES}분 동안 목표를 넘는 ${num(c.cpu)}%였으므로 Auto Scaling이 ${replicas(c.added)} 생성을 시작했습니다.`;
        case 'ready':
          return `${at} ${replicas(c.replicas)} 사용 가능, 리더 엔드포인트에 합류했습니다. 기존 연결은 그대로 남습니다.`;
        case 'in':
          return (
            `${at} 복제본 평균 CPU가 ${SCALE_IN_MINUTES}분 동안 목표의 ${SCALE_IN_SHARE}% 미만이었으므로 Auto Scaling이 자신이 추가한 ${replica(c.removed)} 하나를 제거했습니다.` +
            (c.moved.length > 0 ? ` 그 복제본의 연결은 다시 열렸습니다: ${list(c.moved.map(conn))}.` : '')
          );
      }
    },
    scalingNow: (cpu, state) => `현재 복제본 평균 CPU ${num(cpu)}%. ${state}.`,
    lag: (ms) => `이제 복제 지연은 ${duration(ms)}입니다. 복제본은 각 쓰기를 커밋 후 ${duration(ms)} 뒤에 반영합니다.`,
    load: (load, cpu, target, below) =>
      `읽기 부하: ${LOADS[load]}. 복제본 평균 CPU ${num(cpu)}% — ${
        cpu > target
          ? `목표 ${target}%를 넘었으므로 ${SCALE_OUT_MINUTES}분이 지나면 Auto Scaling이 복제본을 추가합니다.`
          : cpu < below
            ? `목표의 ${SCALE_IN_SHARE}% 미만이므로, ${SCALE_IN_MINUTES}분이 지나면 Auto Scaling이 자신이 추가한 복제본이 있을 때 하나를 제거합니다.`
            : `목표 ${target}% 근처입니다.`
      }`,
    poolGrew: (size, opened) =>
      `서비스 애플리케이션의 연결 풀이 ${size}개가 되었습니다. 새 연결: ${list(opened.map(conn))}.`,
    poolShrank: (size, closed) =>
      `서비스 애플리케이션의 연결 풀이 ${size}개가 되었습니다. 닫은 연결: ${list(closed.map(connName))}.`,
    leak: (conns) =>
      `${list(conns.map(connName))} 연결은 분석용으로 떼어 둔 복제본에 붙었습니다. 리더 엔드포인트는 모든 복제본을 포함하기 때문입니다.`,
    reconnected: (service, analytics) =>
      `두 애플리케이션이 다시 연결했습니다. 서비스 애플리케이션: ${list(service.map(conn))}. 분석 애플리케이션: ${
        analytics.length === 0 ? '연결 없음' : list(analytics.map(conn))
      }.`,
    member: (id, on, members, analytics) =>
      `${replica(id)} ${on ? '추가' : '제외'}: 사용자 지정 엔드포인트 analytics의 구성원은 ${
        members.length === 0 ? '이제 없습니다.' : `이제 ${replicas(members)}입니다.`
      } ` +
      (analytics.length === 0
        ? '구성원이 없으므로 분석 애플리케이션은 연결이 없습니다.'
        : `분석 애플리케이션이 다시 연결했습니다: ${list(analytics.map(conn))}.`),
    memberUnchanged: (id, creating) =>
      creating
        ? `${replica(id)} 아직 생성 중: 사용 가능해진 뒤에 엔드포인트에 넣을 수 있습니다.`
        : `${replica(id)}: 지금은 없는 인스턴스입니다.`,
    tourStep: (index, length) => `${length}단계 중 ${index + 1}단계:`,
    tour: {
      start:
        '라이터와 Aurora 복제본 3개가 클러스터 볼륨 하나를 함께 씁니다. 서비스 애플리케이션은 리더 엔드포인트로, 분석 애플리케이션은 사용자 지정 엔드포인트로 읽습니다.',
      write: '쓰기는 모두 라이터로 갑니다. 쓰기를 받는 인스턴스는 라이터 하나뿐입니다.',
      staleRead: '복제본이 아직 쓰기를 반영하지 않아 이전 값을 돌려줍니다.',
      writerRead: '라이터에서 읽으면 언제나 최신 쓰기가 보입니다.',
      wait: '복제 지연만큼 시간이 지나면 모든 복제본에 쓰기가 반영됩니다.',
      freshRead: '다음 읽기는 풀의 다른 연결을 빌려 쓰고, 그 복제본은 최신 상태입니다.',
      onePool: '연결 풀을 연결 하나로 줄입니다.',
      burst: '읽기 8번이 모두 한 복제본으로 가고 나머지는 놉니다. 분산은 연결을 열 때 일어나기 때문입니다.',
      widerPool:
        '새 연결 두 개 중 하나는 분석용으로 떼어 둔 복제본 3에 붙습니다. 리더 엔드포인트는 모든 복제본을 포함하기 때문입니다.',
      report: '분석 애플리케이션은 사용자 지정 엔드포인트의 구성원에만 닿습니다.',
      addMember: '복제본 2를 사용자 지정 엔드포인트에 넣으면 분석 애플리케이션이 복제본 두 대를 씁니다.',
      peak: '읽기 부하가 세 배 넘게 늘어 평균 CPU가 목표 60%를 넘습니다.',
      scaleOut: `목표를 ${SCALE_OUT_MINUTES}분 동안 넘자 Auto Scaling이 평균을 목표로 되돌릴 만큼 복제본을 추가합니다.`,
      ready: '새 복제본이 리더 엔드포인트에 합류하지만, 이미 열린 연결은 옮겨 가지 않습니다.',
      reconnect: '새 복제본은 새 연결만 받습니다. 다시 연결하면 풀이 다시 고르게 퍼집니다.',
      light: '부하가 줄어 평균 CPU가 목표보다 한참 낮아집니다.',
      scaleIn:
        `목표의 ${SCALE_IN_SHARE}% 미만이 ${SCALE_IN_MINUTES}분 이어지자 Auto Scaling이 자신이 추가한 복제본 하나를 제거하고, 그 연결은 다른 복제본에서 다시 열립니다.`,
      scaleInAgain:
        `휴지 기간이 지나고 ${SCALE_IN_MINUTES}분이 더 흐르자 추가했던 두 번째 복제본도 사라집니다. 직접 만든 복제본은 남습니다.`,
    },
  },
};
