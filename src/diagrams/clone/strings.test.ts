import { describe, expect, it } from 'vitest';
import { METHODS, SIZES_GIB } from './model';
import { clonePageStrings, type ClonePageStrings } from './page-strings';
import { cloneStrings, type CloneStrings } from './strings';
import { TOUR } from './timeline';
import { checkDiagramWords } from '../kit/testing/strings';

const tally = { shared: 2, own: [{ name: 'x', pages: 1 }], total: 3 };
const facts = { writer: 'x', letter: 'B', from: 'B', to: 'B1', others: ['y'] };

function islandWords(s: CloneStrings): string[] {
  return [
    s.name(0),
    s.name(2),
    ...SIZES_GIB.map((gib) => s.size(gib)),
    s.duration(5),
    s.duration(70),
    s.duration(6010),
    s.picture.title(['x'], 'y'),
    s.picture.pages,
    s.picture.origin(null),
    s.picture.origin('x'),
    s.picture.deleted,
    s.picture.freedNote,
    s.picture.shared(2),
    s.picture.own,
    s.picture.storage,
    s.picture.sharedRow(2),
    s.picture.ownRow('x', 1),
    s.picture.compare('1 TiB'),
    ...METHODS.map((m) => s.picture.method[m]),
    ...METHODS.map((m) => s.picture.ready(m, '5', 6)),
    s.panel.label,
    s.panel.shared(1, ['A']),
    s.panel.own('x', 1, ['A']),
    s.panel.total(6, 1, 6),
    s.panel.compare('1', '2', '3'),
    s.live.tally(tally),
    s.live.copied(facts, 't'),
    s.live.inPlace(facts, 't'),
    s.live.cloned('x', 'y', 6, 't'),
    s.live.deleted('x', ['A'], 2, 't'),
    s.live.deleted('x', [], 0, 't'),
    s.live.full,
    s.live.last,
    s.live.missing,
    s.live.size('1', '2', '3'),
  ];
}

function pageWords(p: ClonePageStrings): string[] {
  const c = p.controls;
  return [
    ...Object.values(p.table).map((v) => (typeof v === 'function' ? v('1 TiB') : v)),
    ...Object.values(c).map((v) => (typeof v === 'function' ? v('A') : v)),
  ];
}

describe('cloning strings', () => {
  checkDiagramWords({
    strings: cloneStrings,
    page: clonePageStrings,
    islandWords,
    pageWords,
    tour: TOUR,
    koreanShare: 0.75,
    terms: { list: ['기록 중 복사(Copy-on-Write)', '클러스터 볼륨', '데이터 페이지', 'DB 클러스터', 'DB 인스턴스', '스냅샷'] },
    buttons: (c) => [c.write, c.clone, c.remove],
  });

  it('format durations and sizes the way each language writes them', () => {
    expect([10, 70, 610, 6010].map((m) => cloneStrings.en.duration(m))).toEqual([
      '10 min',
      '1 h 10 min',
      '10 h 10 min',
      '4 days 4 h',
    ]);
    expect([10, 70, 600, 1440].map((m) => cloneStrings.ko.duration(m))).toEqual([
      '10분',
      '1시간 10분',
      '10시간',
      '1일',
    ]);
    expect(SIZES_GIB.map((g) => cloneStrings.en.size(g))).toEqual(['10 GiB', '100 GiB', '1 TiB', '10 TiB', '100 TiB']);
    expect(cloneStrings.ko.size(1024)).toBe('1TiB');
  });
});
