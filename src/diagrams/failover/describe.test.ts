import { describe, expect, it } from 'vitest';
import { captionFacts, captionLines, resultOf, stepSentence, summaryLines, tableCells } from './describe';
import { finalOf, laneAt, rtoOf } from './model';
import { failoverStrings } from './strings';
import { planWith } from './model.arbitrary';
import { failureIndex } from './timeline';

const en = failoverStrings.en;
const ko = failoverStrings.ko;

describe('what the diagram says', () => {
  const plan = planWith(1, ['multi-az-instance', false], ['replica-promotion', false]);

  it('reads out the milestone captions where something happens', () => {
    expect(stepSentence(plan, failureIndex(plan), en)).toBe(
      "At the failure (0 s). Multi-AZ DB instance: Primary a fails. The application's connections break and its writes start failing. Read replica promoted by hand: Primary a fails. Nothing happens on its own: a read replica is not a standby.",
    );
    const promote = plan.steps.findIndex((s) => s.event?.time === plan.runs[1]?.timings.promote);
    expect(stepSentence(plan, promote, en)).toBe(
      '192 s after the failure. Read replica promoted by hand: Read replica b is now a standalone primary. The last 6 s of changes never reached it: 1 acknowledged write is gone.',
    );
  });

  it('reads out each lane’s status between milestones', () => {
    expect(stepSentence(plan, failureIndex(plan) + 1, en)).toBe(
      '10 s after the failure. Multi-AZ DB instance: writes fail with connection errors. Writes so far: 7 acknowledged, 5 failed (to be retried), 0 lost. Read replica promoted by hand: writes fail with connection errors. Writes so far: 8 acknowledged, 2 failed (to be retried), 0 lost.',
    );
    expect(stepSentence(plan, failureIndex(plan) + 1, ko)).toBe(
      '장애 후 10초. 다중 AZ DB 인스턴스: 쓰기가 연결 오류로 실패합니다. 지금까지 쓰기 완료 7건, 재시도 대기 5건, 유실 0건. 읽기 전용 복제본 수동 승격: 쓰기가 연결 오류로 실패합니다. 지금까지 쓰기 완료 8건, 재시도 대기 2건, 유실 0건.',
    );
  });

  it('names the lanes only when there are two', () => {
    const solo = planWith(1, ['aurora', false]);
    expect(captionLines(solo, 0, en)[0]).toMatch(/^Normal operation\./);
    expect(captionLines(plan, 0, en)[1]).toMatch(/^Read replica promoted by hand: Normal operation\./);
  });

  it('summarises and tabulates what the model measured', () => {
    expect(summaryLines(plan, en)).toEqual([
      'Multi-AZ DB instance: RTO 77 s, RPO 0 s',
      'Read replica promoted by hand: RTO 226 s (3 min 46 s), RPO 6 s',
    ]);
    for (const run of plan.runs) expect(resultOf(run).rto).toBe(rtoOf(finalOf(run)));
    const table = tableCells(plan, en);
    expect(table.head).toEqual(['Multi-AZ DB instance', 'Read replica promoted by hand']);
    expect(table.rows.rto).toEqual(['77 s', '226 s (3 min 46 s)']);
    expect(table.rows.rpo).toEqual(['0 s', '6 s']);
    expect(table.proxyRow).toBe(false);
    const proxied = tableCells(
      planWith(1, ['aurora', false], ['aurora', true]),
      ko,
    );
    expect(proxied.proxyRow).toBe(true);
    expect(proxied.rows.proxy[0]).toBe('해당 없음');
  });

  it('counts writes that outwaited the proxy’s borrow timeout', () => {
    const long = planWith(1, ['aurora-no-replica', true]);
    const run = long.runs[0]!;
    const facts = captionFacts(run, laneAt(run, run.timings.proxy));
    expect(facts.timedOut).toBeGreaterThan(0);
    expect(en.captions.proxy(facts)).toMatch(/longer than the proxy's 120 s borrow timeout/);
  });
});
