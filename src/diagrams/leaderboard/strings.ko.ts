/** The leaderboard island's words in Korean (한국어). See strings.ts. */
import { points } from './format';
import type { Entry } from './sorted-set';
import type { Move } from './model';
import type { LeaderboardStrings } from './strings';

function list(items: readonly string[]): string {
  return items.join(', ');
}

function entries(items: readonly Entry[]): string {
  return list(items.map((e) => `${e.member} ${points(e.score)}점`));
}

function place(move: Move): string {
  if (move.to === null) return '';
  if (move.from === null) return `${move.to}위`;
  if (move.from === move.to) return `${move.to}위 그대로`;
  return `${move.from}위 → ${move.to}위`;
}

function leaders(items: readonly Entry[]): string {
  const top = items[0];
  if (!top) return '리더보드가 비어 있습니다.';
  const tied = items.filter((e) => e.score === top.score).map((e) => e.member);
  return tied.length > 1
    ? `최고 점수(${points(top.score)}점)가 같은 멤버: ${list(tied)}. 점수가 같아도 정렬된 세트는 멤버 이름 순으로 각자 다른 순위를 매깁니다.`
    : `1위: ${top.member}, ${points(top.score)}점.`;
}

export const ko: LeaderboardStrings = {
  picture: {
    title: (items) =>
      items.length === 0
        ? '리더보드: 플레이어 없음.'
        : `리더보드, 플레이어 ${items.length}명을 높은 점수부터: ${entries(items)}.`,
    place: '순위',
    player: '플레이어',
    score: '점수',
    empty: '리더보드에 플레이어가 없습니다.',
    up: (n) => `▲ ${n}`,
    down: (n) => `▼ ${n}`,
    joined: '새로 들어옴',
  },
  log: {
    label: '캐시에 보낸 명령',
    empty: '아직 보낸 명령이 없습니다.',
  },
  live: {
    opening: (items) => `리더보드에 플레이어 ${items.length}명. ${leaders(items)}`,
    incr: (move, by) => {
      const now = `${points(move.score ?? 0)}점`;
      if (move.from === null) {
        return `ZINCRBY: 리더보드에 없던 ${move.member}, 0점에서 시작해 추가 — 현재 ${now}, ${place(move)}.`;
      }
      return `ZINCRBY: ${move.member} ${by >= 0 ? '+' : ''}${points(by)}점 — 현재 ${now}, ${place(move)}.`;
    },
    add: (move, added) =>
      added
        ? `ZADD: ${move.member} 추가 — ${points(move.score ?? 0)}점, ${place(move)}.`
        : `ZADD: 이미 있는 멤버 ${move.member} — 두 번 들어가지 않고 점수만 바뀝니다. 현재 ${points(move.score ?? 0)}점, ${place(move)}.`,
    remove: (move) =>
      move.from === null
        ? `ZREM: 리더보드에 없는 멤버 ${move.member} — 지운 것이 없어 0을 돌려줍니다.`
        : `ZREM: ${move.member} 삭제 (원래 ${move.from}위).`,
    top: (n, items) =>
      items.length === 0
        ? `ZREVRANGE 0 ${n - 1}: 리더보드가 비어 있어 결과가 없습니다.`
        : `ZREVRANGE 0 ${n - 1}: 높은 점수부터 상위 ${items.length}명 — ${entries(items)}.`,
    rank: (member, rank) =>
      rank === null
        ? `ZREVRANK: 리더보드에 없는 멤버 ${member} — nil을 돌려줍니다.`
        : `ZREVRANK: ${member} → ${rank}. 순위는 0부터 세므로 ${rank + 1}위입니다.`,
    round: (moves, bys) =>
      `경기 결과: ${list(
        moves.map((move, i) => {
          const by = `+${points(bys[i] ?? 0)}`;
          return move.from === null
            ? `${move.member} ${by}점(새로 ${move.to ?? 0}위)`
            : `${move.member} ${by}점(현재 ${points(move.score ?? 0)}점, ${move.to ?? 0}위)`;
        }),
      )}.`,
    tourStep: (index, length) => `${length}단계 중 ${index + 1}단계:`,
    tour: {
      start: '정렬된 세트 하나에 플레이어 6명이 점수 순서대로 들어 있습니다. 1,450점 동점인 플레이어가 둘입니다: player23, player64.',
      incr: '경기가 끝나면 게임 서버가 ZINCRBY로 점수를 더하고, 정렬된 세트는 그 플레이어를 곧바로 새 자리로 옮깁니다.',
      newMember: 'ZADD는 아직 없는 플레이어를 추가합니다.',
      top: 'ZREVRANGE는 높은 점수부터 범위를 읽습니다. 여기서는 상위 3명과 점수입니다.',
      rank: 'ZREVRANK는 애플리케이션에서 정렬하지 않고도 한 플레이어의 순위를 바로 알려 줍니다.',
      noDuplicate: '멤버는 고유합니다. 이미 있는 플레이어에 ZADD를 하면 점수만 바뀝니다.',
      tie: '점수가 같으면 멤버 이름순으로 정렬되고, ZREVRANGE는 이름이 뒤인 쪽을 먼저 보여 줍니다.',
      round: '경기 한 판: 여러 플레이어가 한꺼번에 점수를 얻고, 플레이어마다 ZINCRBY가 하나씩 나갑니다.',
      remove: 'ZREM은 플레이어를 리더보드에서 뺍니다.',
    },
  },
  notice: {
    malformed: '링크에 담긴 리더보드를 읽을 수 없어 기본 리더보드로 시작합니다.',
  },
};
