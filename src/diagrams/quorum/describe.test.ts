import { describe, expect, it } from 'vitest';
import { sayAfter } from '../kit/testing/model';
import { panelLines, pictureTitle, sentenceFor, statusOf, tourText } from './describe';
import { initial, run, shown, step, type QuorumEvent } from './model';
import { quorumStrings } from './strings';
import { stateAt } from './timeline';

const { en, ko } = quorumStrings;

const say = sayAfter({ run, step, initial }, en, (e, _before, after, s) => sentenceFor(e, after, s));

const failAz: QuorumEvent = { type: 'fail', targets: [{ az: 'a' }] };
const failB1: QuorumEvent = { type: 'fail', targets: [{ copy: 'b1' }] };

describe('live-region sentences', () => {
  it('say what a failure leaves, in both languages', () => {
    expect(say([failAz])).toBe('AZ a is down: 4 of 6 copies reachable — writes and reads continue.');
    expect(say([failAz], ko)).toBe('가용 영역 a 중단: 사본 6개 중 4개에 접근 가능 — 쓰기와 읽기 모두 계속됩니다.');
    expect(say([failAz, failB1])).toBe('Copy b1 is down: 3 of 6 copies reachable — writes stop, reads continue.');
    expect(say([failAz, failB1], ko)).toBe(
      '사본 b1 중단: 사본 6개 중 3개에 접근 가능 — 쓰기는 멈추고 읽기는 계속됩니다.',
    );
    expect(say([{ type: 'fail', targets: [{ az: 'a' }, { copy: 'b1' }] }])).toBe(
      'AZ a and copy b1 are down: 3 of 6 copies reachable — writes stop, reads continue.',
    );
  });

  it('say who acknowledged a write, or why it was refused', () => {
    const ok = say([{ type: 'write' }]);
    expect(ok).toMatch(
      /^Write #1 acknowledged once 4 copies answered \(([abc][12], ){2}[abc][12] and [abc][12]\); 6 copies now hold it\.$/,
    );
    expect(say([{ type: 'write' }], ko)).toMatch(
      /^쓰기 #1 완료: 사본 4개\(([abc][12], ){3}[abc][12]\)가 응답해 쓰기 쿼럼을 채웠습니다\. 이제 사본 6개가 이 쓰기를 가집니다\.$/,
    );
    expect(say([failAz, failB1, { type: 'write' }])).toBe(
      'Write not acknowledged: only 3 copies answered and 4 are needed, so nothing was written.',
    );
    expect(say([failAz, failB1, { type: 'write' }], ko)).toBe(
      '쓰기 실패: 응답한 사본이 3개뿐인데 4개가 필요하므로 아무것도 기록하지 않았습니다.',
    );
  });

  it('say which copies served a read and that it was the latest write', () => {
    expect(say([{ type: 'write' }, failAz, failB1, { type: 'read' }])).toMatch(
      /^Read served by 3 copies \([abc][12], [abc][12] and [abc][12]\); the newest write among them, #1, is the latest\.$/,
    );
    expect(say([{ type: 'read' }])).toMatch(/nothing has been written yet\.$/);
    const classic = step(initial(), { type: 'show', design: 'classic' });
    expect(say([failAz, failB1, { type: 'read' }], en, classic)).toBe(
      'Read failed: only 1 copy answered and 2 are needed.',
    );
    expect(say([failAz, failB1, { type: 'read' }], ko, classic)).toBe(
      '읽기 실패: 응답한 사본이 1개뿐인데 2개가 필요합니다.',
    );
  });

  it('say that returning copies repair before they count', () => {
    const restore: QuorumEvent = { type: 'restore', targets: [{ az: 'a' }] };
    expect(say([failAz, restore])).toBe(
      'AZ a is back: a1 and a2 are repairing and do not count until caught up. 4 of 6 copies up to date and reachable, 2 repairing — writes and reads continue.',
    );
    expect(say([failAz, restore], ko)).toBe(
      '가용 영역 a 복귀: 사본 a1, a2 복구 중 — 놓친 쓰기를 따라잡기 전에는 세지 않습니다. 사본 6개 중 4개가 최신 상태로 접근 가능(복구 중 2개) — 쓰기와 읽기 모두 계속됩니다.',
    );
    expect(say([failAz, restore, { type: 'repair' }])).toBe(
      'a1 and a2 caught up from their peers and count again: 6 of 6 copies reachable — writes and reads continue.',
    );
    expect(say([{ type: 'repair' }])).toBe(
      'No copy is repairing: 6 of 6 copies reachable — writes and reads continue.',
    );
    const everything: QuorumEvent = { type: 'fail', targets: [{ az: 'a' }, { az: 'b' }, { az: 'c' }] };
    expect(say([everything, { type: 'restore', targets: [{ copy: 'c1' }] }, { type: 'repair' }])).toBe(
      'Still repairing: c1, with no up-to-date copy in reach.',
    );
  });

  it('explain a copy that only Aurora has, and a design switch', () => {
    const classic = step(initial(), { type: 'show', design: 'classic' });
    expect(say([{ type: 'fail', targets: [{ copy: 'a2' }] }], en, classic)).toBe(
      "Copy a2 exists only in Aurora's 6-copy design.",
    );
    expect(say([failAz, failB1, { type: 'show', design: 'classic' }])).toBe(
      'Showing the classic 3 copies: write 2 of 3, read 2 of 3. 1 of 3 copies reachable — writes and reads stop.',
    );
  });
});

describe('tour text, picture title and panel', () => {
  it('prefix the step and add its caption for the shown design', () => {
    expect(tourText(0, stateAt(0), en)).toBe(
      'Step 1 of 13: 6 of 6 copies reachable — writes and reads continue. One protection group: six copies of a 10 GiB segment, two in each AZ.',
    );
    expect(tourText(5, stateAt(5, 'classic'), ko)).toBe(
      '13단계 중 6단계: 사본 b1 중단: 사본 3개 중 1개에 접근 가능 — 쓰기와 읽기 모두 멈춥니다. 장애가 하나 더 나면 사본 1개만 남아 두 쿼럼 모두 채울 수 없습니다.',
    );
  });

  it('title the picture with the state', () => {
    expect(pictureTitle(initial(), en)).toBe(
      "Aurora's 6 copies across 3 AZs: 6 of 6 copies reachable — writes and reads continue.",
    );
    expect(statusOf(shown(initial()), ko)).toBe('사본 6개 중 6개에 접근 가능 — 쓰기와 읽기 모두 계속됩니다');
  });

  it('spell out the quorum arithmetic and the other design', () => {
    const lines = panelLines(stateAt(5), en);
    expect(lines.rules).toBe(
      'V = 6, Vw = 4, Vr = 3. Vw + Vr = 7 > 6: every read overlaps the latest write. 2 × Vw = 8 > 6: two writes cannot both win.',
    );
    expect(lines.write).toBe('Write quorum: 4 of 6 needed, 3 count — not met.');
    expect(lines.read).toBe('Read quorum: 3 of 6 needed, 3 count — met.');
    expect(lines.other).toBe(
      'The same failures with the classic 3 copies: 1 of 3 copies reachable — writes and reads stop.',
    );
    expect(panelLines(stateAt(5, 'classic'), ko).rules).toBe(
      'V = 3, Vw = 2, Vr = 2. Vw + Vr = 4 > 3이므로 모든 읽기가 최신 쓰기와 겹칩니다. 2 × Vw = 4 > 3이므로 두 쓰기가 함께 이길 수 없습니다.',
    );
  });
});
