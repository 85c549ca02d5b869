/**
 * Words only the server renders for the leaderboard figure: caption,
 * description, control labels. The island never loads this file.
 */
import { defineStrings } from '../kit/strings';
import type { TopSize } from './model';

export interface LeaderboardPageStrings {
  readonly caption: string;
  readonly description: readonly string[];
  readonly noscript: string;
  readonly controls: {
    readonly writes: string;
    readonly player: string;
    readonly points: string;
    readonly incr: string;
    readonly add: string;
    readonly remove: string;
    readonly round: string;
    readonly reads: string;
    readonly topSize: string;
    readonly topOption: (n: TopSize) => string;
    readonly top: string;
    readonly rank: string;
  };
}

export const leaderboardPageStrings = defineStrings<LeaderboardPageStrings>({
  ko: {
    caption: '정렬된 세트로 만든 실시간 리더보드',
    description: [
      '리더보드 전체가 ElastiCache for Valkey 또는 Redis OSS의 정렬된 세트 하나(키 이름 leaderboard)입니다. 멤버는 플레이어 ID이고, 멤버마다 점수가 하나씩 있습니다. 정렬된 세트는 멤버를 중복 없이 항상 점수 순서로 보관하며, 점수가 같으면 멤버 이름순으로 정렬합니다.',
      '점수를 더하면(ZINCRBY) 또는 새로 정하면(ZADD) 그 멤버는 즉시 새 자리로 옮겨집니다. 이미 있는 멤버를 다시 넣어도 두 줄이 되지 않고 점수만 바뀝니다. 상위 N명은 ZREVRANGE로, 한 플레이어의 순위는 ZREVRANK로 읽습니다. ZREVRANK는 0부터 세므로 0이 1위입니다.',
      '그림은 높은 점수부터 순위, 플레이어, 점수 막대, 점수를 보여 주고, 방금 바뀐 플레이어가 몇 계단 움직였는지 표시합니다. 아래 목록은 캐시에 보낸 명령과 응답을 redis-cli 형식으로 보여 줍니다.',
    ],
    noscript:
      '조작 버튼은 JavaScript가 있어야 동작합니다. 그림과 설명만으로도 시작 리더보드와 정렬된 세트의 동작 방식을 볼 수 있습니다.',
    controls: {
      writes: '점수 바꾸기',
      player: '플레이어',
      points: '점수',
      incr: '점수 더하기 (ZINCRBY)',
      add: '점수 정하기 (ZADD)',
      remove: '리더보드에서 빼기 (ZREM)',
      round: '경기 한 판 진행',
      reads: '조회',
      topSize: '상위 몇 명',
      topOption: (n) => `상위 ${n}명`,
      top: '상위 보기 (ZREVRANGE)',
      rank: '선택한 플레이어의 순위 (ZREVRANK)',
    },
  },
  en: {
    caption: 'A real-time leaderboard built on a sorted set',
    description: [
      'The whole leaderboard is one sorted set in ElastiCache for Valkey or Redis OSS, under the key leaderboard. Its members are player IDs, each with one score. A sorted set keeps its members unique and always in score order; equal scores are ordered by member name.',
      'Add to a score (ZINCRBY) or set one (ZADD) and the member moves to its new place at once. Adding a member that is already there never makes a second entry: only its score changes. ZREVRANGE reads the top N, and ZREVRANK one player’s rank, counting from 0, so 0 means first place.',
      'The picture shows the ranking from the highest score down: place, player, a bar for the score and the score, and how many places a player just moved. The list below it shows the commands sent to the cache and their replies, as redis-cli prints them.',
    ],
    noscript:
      'The controls need JavaScript. The picture and the text still show the starting board and how a sorted set behaves.',
    controls: {
      writes: 'Change scores',
      player: 'Player',
      points: 'Points',
      incr: 'Add points (ZINCRBY)',
      add: 'Set score (ZADD)',
      remove: 'Remove from the board (ZREM)',
      round: 'Play a match',
      reads: 'Queries',
      topSize: 'How many',
      topOption: (n) => `Top ${n}`,
      top: 'Show the top (ZREVRANGE)',
      rank: 'Rank of the chosen player (ZREVRANK)',
    },
  },
});
