/** The quorum island's words in Korean (한국어). See strings.ts. */
import type { QuorumStrings, StatusFacts } from './strings';

function listKo(items: readonly string[]): string {
  return items.join(', ');
}

function verdictKo(f: StatusFacts): string {
  if (f.canWrite && f.canRead) return '쓰기와 읽기 모두 계속됩니다';
  if (f.canRead) return '쓰기는 멈추고 읽기는 계속됩니다';
  return '쓰기와 읽기 모두 멈춥니다';
}

export const ko: QuorumStrings = {
  picture: {
    title: (design, status) =>
      design === 'aurora'
        ? `세 가용 영역에 나뉜 Aurora 사본 6개: ${status}.`
        : `가용 영역마다 하나씩 둔 기존 방식 사본 3개: ${status}.`,
    writer: '라이터 DB 인스턴스',
    az: (az) => `가용 영역 ${az}`,
    health: { up: '✓ 정상', down: '✕ 중단', repairing: '↻ 복구 중' },
    version: (version) => (version === 0 ? '쓰기 없음' : `쓰기 #${version}`),
    meter: (kind, r) => `${kind === 'write' ? '쓰기' : '읽기'} 쿼럼 ${r.V}개 중 ${kind === 'write' ? r.Vw : r.Vr}개`,
    meterResult: (count, met) => `현재 ${count}개: ${met ? '충족' : '미충족'}`,
  },
  panel: {
    label: '쿼럼',
    rules: (r) =>
      `V = ${r.V}, Vw = ${r.Vw}, Vr = ${r.Vr}. Vw + Vr = ${r.Vw + r.Vr} > ${r.V}이므로 모든 읽기가 최신 쓰기와 겹칩니다. 2 × Vw = ${2 * r.Vw} > ${r.V}이므로 두 쓰기가 함께 이길 수 없습니다.`,
    quorum: (kind, r, count, met) =>
      `${kind === 'write' ? '쓰기' : '읽기'} 쿼럼: ${r.V}개 중 ${kind === 'write' ? r.Vw : r.Vr}개 필요, 현재 ${count}개 — ${met ? '충족' : '미충족'}.`,
    other: (design, status) =>
      design === 'classic'
        ? `같은 장애에서 기존 방식 사본 3개라면: ${status}.`
        : `같은 장애에서 Aurora 사본 6개라면: ${status}.`,
  },
  live: {
    status: (f) =>
      f.repairing > 0
        ? `사본 ${f.V}개 중 ${f.count}개가 최신 상태로 접근 가능(복구 중 ${f.repairing}개) — ${verdictKo(f)}`
        : `사본 ${f.V}개 중 ${f.count}개에 접근 가능 — ${verdictKo(f)}`,
    failed: (names, status) => `${listKo(names)} 중단: ${status}.`,
    restored: (names, repairing, status) =>
      repairing.length === 0
        ? `${listKo(names)} 복귀: ${status}.`
        : `${listKo(names)} 복귀: 사본 ${listKo(repairing)} 복구 중 — 놓친 쓰기를 따라잡기 전에는 세지 않습니다. ${status}.`,
    targetAz: (az) => `가용 영역 ${az}`,
    targetCopy: (id) => `사본 ${id}`,
    onlyInAurora: (id) => `사본 ${id}는 Aurora의 사본 6개 설계에만 있습니다.`,
    writeOk: (version, quorum, holders) =>
      `쓰기 #${version} 완료: 사본 ${quorum.length}개(${listKo(quorum)})가 응답해 쓰기 쿼럼을 채웠습니다.` +
      (holders > quorum.length ? ` 이제 사본 ${holders}개가 이 쓰기를 가집니다.` : ''),
    writeFailed: (answered, needed) =>
      `쓰기 실패: ${answered === 0 ? '응답한 사본이 없는데' : `응답한 사본이 ${answered}개뿐인데`} ${needed}개가 필요하므로 아무것도 기록하지 않았습니다.`,
    readOk: (answers, value) =>
      `읽기 완료: 사본 ${answers.length}개(${listKo(answers)})가 응답했고, ` +
      (value === 0 ? '아직 기록된 쓰기는 없습니다.' : `그중 가장 새로운 쓰기는 최신 쓰기인 #${value}입니다.`),
    readFailed: (answered, needed) =>
      `읽기 실패: ${answered === 0 ? '응답한 사본이 없는데' : `응답한 사본이 ${answered}개뿐인데`} ${needed}개가 필요합니다.`,
    repaired: (ids, status) =>
      `사본 ${listKo(ids)} 복구 완료: 피어에게서 놓친 쓰기를 받아 다시 쿼럼에 듭니다. ${status}.`,
    waiting: (ids) => `아직 복구 중인 사본 ${listKo(ids)}: 최신 쓰기를 가진 사본에 닿지 않습니다.`,
    nothingToRepair: (status) => `복구 중인 사본이 없습니다. ${status}.`,
    showing: (design, r, status) =>
      `${design === 'aurora' ? 'Aurora 사본 6개 보기' : '기존 방식 사본 3개 보기'}: 쓰기 ${r.V}개 중 ${r.Vw}개, 읽기 ${r.V}개 중 ${r.Vr}개. ${status}.`,
    tourStep: (index, length) => `${length}단계 중 ${index + 1}단계:`,
    tour: {
      start: {
        aurora: '보호 그룹 하나: 10GiB 세그먼트의 사본 6개가 가용 영역마다 2개씩 있습니다.',
        classic: '기존 방식: 가용 영역마다 사본이 1개씩, 모두 3개이고 쓰기와 읽기 모두 3개 중 2개가 필요합니다.',
      },
      write: {
        aurora: '라이터는 쓰기를 모든 사본에 보내고, 먼저 도착하는 응답 4개를 기다립니다.',
        classic: '라이터는 사본 3개 중 2개의 응답을 기다립니다.',
      },
      loseCopy: {
        aurora: '사본 하나를 잃어도 애플리케이션이 느낄 변화는 없습니다.',
        classic: '사본 하나를 잃으면 2개가 남습니다. 두 쿼럼을 채우기는 하지만 여유가 없습니다.',
      },
      loseAz: {
        aurora: '가용 영역 하나가 통째로 멈춰 사본 2개가 빠졌습니다. 남은 4개는 여전히 쓰기 쿼럼입니다.',
        classic: '가용 영역마다 사본이 하나뿐이라 그 사본이 곧 가용 영역 전체였습니다. 남은 사본은 여전히 2개입니다.',
      },
      writeAfterAz: {
        aurora: '쓰기는 계속됩니다. 살아남은 사본 4개가 딱 쓰기 쿼럼입니다.',
        classic: '쓰기는 계속되지만, 남은 두 사본이 매번 모두 응답해야 합니다.',
      },
      loseOneMore: {
        aurora: '가용 영역 장애에 더해 사본 하나가 더 멈췄습니다. 남은 3개로는 쓸 수 없지만 읽을 수는 있습니다.',
        classic: '장애가 하나 더 나면 사본 1개만 남아 두 쿼럼 모두 채울 수 없습니다.',
      },
      writeBlocked: {
        aurora: '응답 3개로는 4개를 채우지 못하므로, 쓰기는 반쯤 기록되는 대신 거절됩니다.',
        classic: '응답 1개로는 2개를 채우지 못하므로 쓰기가 거절됩니다.',
      },
      readStill: {
        aurora: '어떤 사본 3개를 골라도 최신 쓰기를 받은 4개 중 하나가 들어 있으므로(3 + 4 > 6) 읽은 값은 정확합니다.',
        classic: '읽기도 멈춥니다. Aurora가 사본을 6개 두는 이유가 바로 이 경우입니다.',
      },
      azBack: {
        aurora: '가용 영역이 돌아왔지만 그 사본들은 쓰기를 놓쳤으므로, 따라잡기 전에는 세지 않습니다.',
        classic: '가용 영역의 사본이 돌아왔지만 먼저 따라잡아야 합니다.',
      },
      catchUp: {
        aurora: '돌아온 사본들이 놓친 쓰기를 피어에게서 받아 온 뒤 다시 쿼럼에 듭니다.',
        classic: '남아 있던 사본에게서 따라잡고 나면 다시 사본 2개가 셉니다.',
      },
      writeAgain: {
        aurora: '최신 사본이 5개가 되어 쓰기가 다시 이어집니다.',
        classic: '최신 사본 2개로 쓰기가 다시 이어집니다.',
      },
      copyBack: {
        aurora: '마지막 사본이 돌아와 따라잡기를 시작합니다.',
        classic: '마지막 사본이 돌아와 따라잡기를 시작합니다.',
      },
      allCaughtUp: {
        aurora: '사본 6개가 모두 다시 최신 쓰기를 가집니다.',
        classic: '사본 3개가 모두 다시 최신 쓰기를 가집니다.',
      },
    },
  },
};
