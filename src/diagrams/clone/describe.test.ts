import { describe, expect, it } from 'vitest';
import { sayAfter } from '../kit/testing/model';
import { actingCluster, panelLines, pictureTitle, sentenceFor, tallyText, tourText } from './describe';
import { initial, run, step, type CloneEvent } from './model';
import { cloneStrings } from './strings';
import { stateAt } from './timeline';

const { en, ko } = cloneStrings;

const say = sayAfter({ run, step, initial }, en, (e, _before, after, s) => sentenceFor(e, after, s));

const cloneSource: CloneEvent = { type: 'clone', cluster: 0 };

describe('live-region sentences', () => {
  it('say that a clone copies nothing, with the storage count', () => {
    expect(say([cloneSource])).toBe(
      "Clone 1 cloned from Source: it points at the same 6 pages, so nothing was copied and no storage was added. Storage: 6 shared + 0 Source's own + 0 Clone 1's own = 6 pages.",
    );
    expect(say([cloneSource], ko)).toBe(
      '원본에서 클론 1 생성: 같은 페이지 6개를 그대로 가리키므로 복사한 데이터도, 늘어난 스토리지도 없습니다. 스토리지: 공유 6 + 원본 전용 0 + 클론 1 전용 0 = 6페이지.',
    );
  });

  it('say which side got a new page and that the other still sees the old one', () => {
    const write: CloneEvent = { type: 'write', cluster: 0, page: 1 };
    expect(say([cloneSource, write])).toBe(
      "Source wrote page B. B was shared with Clone 1, so Source got a new page, B1, of its own; Clone 1 still sees B. Storage: 5 shared + 1 Source's own + 1 Clone 1's own = 7 pages.",
    );
    expect(say([cloneSource, write], ko)).toBe(
      '원본에서 페이지 B에 썼습니다. 함께 쓰던 페이지(B)는 클론 1에 그대로 남고, 원본에는 전용 새 페이지(B1)가 생겼습니다. 스토리지: 공유 5 + 원본 전용 1 + 클론 1 전용 1 = 7페이지.',
    );
  });

  it('say that a page only one side holds is rewritten in place', () => {
    expect(say([{ type: 'write', cluster: 0, page: 0 }])).toBe(
      "Source wrote page A. A was already Source's alone, so it was rewritten in place as A1 and no page was added. Storage: 0 shared + 6 Source's own = 6 pages.",
    );
  });

  it('say what a deletion freed and that the others stay whole', () => {
    expect(tourText(7, stateAt(7), en)).toBe(
      "Step 8 of 9: Deleting the source frees only the pages no one else points at (B1 and D). Both clones stay whole. Storage: 5 shared + 1 Clone 1's own + 1 Clone 2's own = 7 pages.",
    );
    expect(say([cloneSource, { type: 'delete', cluster: 1 }])).toBe(
      "Clone 1 deleted. No page was Clone 1's alone, so nothing was freed; the 6 pages it shared stay, and every other cluster is whole. Storage: 0 shared + 6 Source's own = 6 pages.",
    );
    expect(say([cloneSource, { type: 'write', cluster: 0, page: 1 }, { type: 'delete', cluster: 0 }], ko)).toBe(
      '원본 삭제. 원본만 가리키던 페이지(B1)를 해제했습니다. 함께 쓰던 5페이지는 남아 있어, 남은 클러스터는 모두 온전합니다. 스토리지: 공유 0 + 클론 1 전용 6 = 6페이지.',
    );
  });

  it('explain a refusal', () => {
    expect(say([{ type: 'delete', cluster: 0 }])).toBe('The last cluster stays, so the picture has something to show.');
    expect(say([cloneSource, cloneSource, cloneSource, cloneSource], ko)).toMatch(/^그림에 클론을 더 둘 자리가 없습니다/);
  });

  it('give the estimate when the size changes', () => {
    expect(say([{ type: 'size', size: 4 }])).toBe(
      '100 TiB database: this model estimates a clone is ready in about 10 min and a snapshot restore in about 4 days 4 h.',
    );
    expect(say([{ type: 'size', size: 0 }], ko)).toBe(
      '10GiB 데이터베이스: 이 모델의 추정으로 클론은 약 10분, 스냅샷 복원은 약 11분 뒤에 쓸 수 있습니다.',
    );
  });
});

describe('panel, title and tour text', () => {
  it('count storage page by page', () => {
    const lines = panelLines(stateAt(4), en);
    expect(lines.shared).toBe('Shared: 4 pages (A, C, E, F).');
    expect(lines.own.map((l) => l.text)).toEqual(["Only Source's: 2 pages (B1, D).", "Only Clone 1's: 2 pages (B, D2)."]);
    expect(lines.total).toBe('In storage: 8 pages. As full copies, these 2 clusters would take 12.');
    expect(panelLines(initial(), ko).total).toBe(
      '스토리지 합계: 6페이지. 클러스터 1개를 각각 전체 복사했다면 6페이지가 필요합니다.',
    );
  });

  it('title the picture with the clusters and the count', () => {
    expect(pictureTitle(stateAt(1), en)).toBe(
      "Pages of Source and Clone 1. Storage: 6 shared + 0 Source's own + 0 Clone 1's own = 6 pages.",
    );
    expect(tallyText(initial(), ko)).toBe('스토리지: 공유 0 + 원본 전용 6 = 6페이지.');
  });

  it('start the tour with its step and caption', () => {
    expect(tourText(0, stateAt(0), en)).toMatch(/^Step 1 of 9: The source cluster's volume, drawn as six data pages/);
    expect(tourText(8, stateAt(8), ko)).toMatch(/^9단계 중 9단계: .* 10TiB 데이터베이스: .*스냅샷 복원은 약 10시간 10분 뒤에/);
  });

  it('act on a live cluster', () => {
    const state = stateAt(7);
    expect(actingCluster(state, 0)).toBe(1);
    expect(actingCluster(state, 2)).toBe(2);
  });
});
