/** The cloning island's words in Korean (한국어). See strings.ts. */
import type { CloneStrings } from './strings';

function list(items: readonly string[]): string {
  return items.join(', ');
}

function duration(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  if (m < 60) return `${m}분`;
  if (m < 24 * 60) {
    const rest = m % 60;
    return rest === 0 ? `${Math.floor(m / 60)}시간` : `${Math.floor(m / 60)}시간 ${rest}분`;
  }
  const days = Math.floor(m / 1440);
  const hours = Math.floor((m % 1440) / 60);
  return hours === 0 ? `${days}일` : `${days}일 ${hours}시간`;
}

function size(gib: number): string {
  return gib >= 1024 ? `${gib / 1024}TiB` : `${gib}GiB`;
}

export const ko: CloneStrings = {
  name: (number) => (number === 0 ? '원본' : `클론 ${number}`),
  size,
  duration,
  picture: {
    title: (names, tally) => `${list(names)}의 페이지. ${tally}`,
    pages: '페이지',
    origin: (parent) => (parent === null ? '원본 클러스터' : `${parent}에서 만든 클론`),
    deleted: '삭제됨',
    freedNote: '삭제됨: 이 클러스터만 가리키던 페이지는 해제',
    shared: (holders) => `공유 ×${holders}`,
    sharedMark: (holders) => `×${holders}`,
    sharedKey: '×2 = 클러스터 2개가 공유하는 페이지',
    own: '전용',
    storage: '사용 중인 스토리지',
    sharedRow: (count) => `공유 · ${count}`,
    ownRow: (name, count) => `${name} 전용 · ${count}`,
    compare: (s) => `${s} 데이터베이스를 쓸 수 있을 때까지 (모델 추정)`,
    method: { clone: '클론', restore: '스냅샷 복원' },
    ready: (method, time, added) => (method === 'clone' ? `약 ${time}, 복사 없음` : `약 ${time}, ${added}페이지 모두 복사`),
  },
  panel: {
    label: '스토리지 집계',
    shared: (count, ids) => `공유: ${count}페이지${count > 0 ? ` (${ids.join(', ')})` : ''}.`,
    own: (name, count, ids) => `${name} 전용: ${count}페이지${count > 0 ? ` (${ids.join(', ')})` : ''}.`,
    total: (total, clusters, full) =>
      `스토리지 합계: ${total}페이지. 클러스터 ${clusters}개를 각각 전체 복사했다면 ${full}페이지가 필요합니다.`,
    compare: (s, clone, restore) =>
      `데이터베이스가 ${s}일 때 이 모델의 추정으로는 클론은 약 ${clone}, 스냅샷 복원은 약 ${restore} 뒤에 쓸 수 있습니다.`,
  },
  live: {
    tally: (t) =>
      `스토리지: ${[`공유 ${t.shared}`, ...t.own.map((o) => `${o.name} 전용 ${o.pages}`)].join(' + ')} = ${t.total}페이지.`,
    copied: (f, tally) =>
      `${f.writer}에서 페이지 ${f.letter}에 썼습니다. 함께 쓰던 페이지(${f.from})는 ${list(f.others)}에 그대로 남고, ${f.writer}에는 전용 새 페이지(${f.to})가 생겼습니다. ${tally}`,
    inPlace: (f, tally) =>
      `${f.writer}에서 페이지 ${f.letter}에 썼습니다. 이미 ${f.writer} 전용인 페이지(${f.from})라서 그 자리에서 고쳐 썼고(${f.to}), 새 페이지는 늘지 않았습니다. ${tally}`,
    cloned: (parent, made, count, tally) =>
      `${parent}에서 ${made} 생성: 같은 페이지 ${count}개를 그대로 가리키므로 복사한 데이터도, 늘어난 스토리지도 없습니다. ${tally}`,
    deleted: (name, freed, kept, tally) => {
      const gone =
        freed.length === 0
          ? `${name}만 가리키던 페이지가 없어 해제한 페이지는 없습니다`
          : `${name}만 가리키던 페이지(${list(freed)})를 해제했습니다`;
      const stay =
        kept === 0 ? '다른 클러스터는 그대로입니다' : `함께 쓰던 ${kept}페이지는 남아 있어, 남은 클러스터는 모두 온전합니다`;
      return `${name} 삭제. ${gone}. ${stay}. ${tally}`;
    },
    full: '그림에 클론을 더 둘 자리가 없습니다. 먼저 클러스터를 하나 삭제하세요. (실제 Aurora에서는 리전의 DB 클러스터 할당량이 허용하는 만큼 클론을 만들 수 있습니다.)',
    last: '마지막 남은 클러스터는 삭제하지 않습니다. 그림에 보여 줄 클러스터가 하나는 있어야 합니다.',
    missing: '그 클러스터는 이제 없습니다.',
    size: (s, clone, restore) =>
      `${s} 데이터베이스: 이 모델의 추정으로 클론은 약 ${clone}, 스냅샷 복원은 약 ${restore} 뒤에 쓸 수 있습니다.`,
    tourStep: (index, length) => `${length}단계 중 ${index + 1}단계:`,
    tour: {
      start:
        '원본 클러스터의 클러스터 볼륨을 데이터 페이지 6개(A–F)로 그렸습니다. 실제 볼륨에는 페이지가 수백만 개 있지만 원리는 같습니다.',
      clone: '클론은 아무것도 복사하지 않습니다. 같은 페이지 6개를 그대로 가리키므로 바로 생기고, 스토리지도 늘지 않습니다.',
      sourceWrites:
        '원본에서 페이지 B를 바꿉니다. Aurora는 원본 전용 새 페이지 B1을 쓰고, 클론은 예전 B를 그대로 봅니다.',
      cloneWrites:
        '클론에서 페이지 D를 바꾸면 클론 전용 D1이 생깁니다. 양쪽 모두 자기가 바꾼 페이지만 따로 갖고, 나머지는 계속 공유합니다.',
      inPlace:
        '페이지 D에 한 번 더 씁니다. D1은 이미 클론 혼자 쓰는 페이지라 그 자리에서 고쳐 씁니다. 페이지는 늘지 않습니다.',
      cloneOfClone: '클론의 클론: 클론 2는 클론 1의 페이지를 그대로 가리키므로 D2가 다시 공유됩니다.',
      grandchildWrites: '클론 2에서 페이지 F를 바꾸면 F1이 생기고, 원본과 클론 1은 계속 F를 함께 씁니다.',
      deleteSource:
        '원본을 삭제하면 다른 누구도 가리키지 않는 페이지(B1, D)만 해제됩니다. 두 클론은 온전히 남습니다.',
      bigger:
        '데이터베이스가 커지면 스냅샷 복원은 모든 페이지를 복사해야 해서 이 추정으로 몇 시간이 걸리지만, 클론은 여전히 몇 분이면 됩니다.',
    },
  },
};
