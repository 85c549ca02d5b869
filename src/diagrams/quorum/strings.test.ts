import { describe, expect, it } from 'vitest';
import { AZS, DESIGNS, RULES } from './model';
import { quorumPageStrings, type QuorumPageStrings } from './page-strings';
import { quorumStrings, type QuorumStrings } from './strings';
import { TOUR } from './timeline';
import { checkDiagramWords } from '../kit/testing/strings';

const facts = { count: 4, V: 6, repairing: 1, canWrite: true, canRead: true };

/** Every leaf string of the island's table, functions called with sample arguments. */
function islandWords(s: QuorumStrings): string[] {
  const r = RULES.aurora;
  return [
    s.picture.title('aurora', 'x'),
    s.picture.writer,
    ...AZS.map((az) => s.picture.az(az)),
    s.picture.health.up,
    s.picture.health.down,
    s.picture.health.repairing,
    s.picture.version(0),
    s.picture.version(3),
    s.picture.meter('write', r),
    s.picture.meterResult(4, true),
    s.panel.label,
    s.panel.rules(r),
    s.panel.quorum('read', r, 3, true),
    s.panel.other('classic', 'x'),
    s.live.status(facts),
    s.live.failed(['x'], 'y'),
    s.live.restored(['x'], ['a1'], 'y'),
    s.live.writeOk(1, ['a1', 'b1'], 2),
    s.live.writeFailed(1, 2),
    s.live.readOk(['a1', 'b1'], 1),
    s.live.readFailed(0, 2),
    s.live.repaired(['a1'], 'y'),
    s.live.waiting(['a1']),
    s.live.nothingToRepair('y'),
    s.live.showing('classic', RULES.classic, 'y'),
    s.live.tourStep(0, 13),
    ...TOUR.flatMap((step) => DESIGNS.map((d) => s.live.tour[step.captionKey][d])),
  ];
}

function pageWords(p: QuorumPageStrings): string[] {
  const c = p.controls;
  return [
    p.table.caption,
    p.table.failure,
    ...DESIGNS.map((d) => p.table.designs[d]),
    p.table.rows.copy,
    p.table.rows.az,
    p.table.rows.azPlusOne,
    p.table.moral,
    c.design,
    ...DESIGNS.map((d) => c.designOption[d]),
    c.azs,
    c.az('a'),
    c.copies,
    c.copy('a1'),
    c.requests,
    c.write,
    c.read,
    c.repair,
  ];
}

describe('quorum strings', () => {
  checkDiagramWords({
    strings: quorumStrings,
    page: quorumPageStrings,
    islandWords,
    pageWords,
    koreanShare: 0.75,
    terms: {
      name: 'use AWS Korean terms for the storage concepts',
      list: ['보호 그룹', '세그먼트', '쿼럼', '가용 영역', '데이터 사본', '라이터 DB 인스턴스', '클러스터 볼륨'],
    },
    buttons: (c) => [c.write, c.read, c.repair],
  });

  it('name the same things the same way on the picture and on the controls, with AWS Korean terms', () => {
    expect(quorumStrings.ko.picture.writer).toBe('라이터 DB 인스턴스');
    expect(quorumStrings.ko.picture.az('a')).toBe('가용 영역 a');
    for (const locale of ['ko', 'en'] as const) {
      for (const az of AZS)
        expect(quorumPageStrings[locale].controls.az(az)).toBe(quorumStrings[locale].picture.az(az));
    }
  });
});
