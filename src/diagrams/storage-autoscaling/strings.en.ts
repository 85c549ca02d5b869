/** The storage-autoscaling island's words in English. See strings.ts. */
import type { Candidate } from './model';
import { amount, gib, percent } from './format';
import type { AutoscalingStrings, IncreaseFacts, SettingsFacts } from './strings';

function times(n: number): string {
  if (n === 1) return 'once';
  if (n === 2) return 'twice';
  return `${n} times`;
}

function candidates(f: IncreaseFacts): string {
  const names: Record<Candidate, string> = {
    fixed: '10 GiB',
    share: `10% of the allocation (${gib(f.share)})`,
    predicted: `the 7-hour prediction (${gib(f.predicted)})`,
  };
  return `${names.fixed}, ${names.share} and ${names.predicted}`;
}

const WINNER: Record<Candidate, string> = {
  fixed: 'the 10 GiB minimum',
  share: '10% of the allocation',
  predicted: 'the 7-hour prediction',
};

function settings(s: SettingsFacts): string {
  const load = s.bulk > 0 ? `, plus a ${gib(s.bulk)} bulk load at 12:00` : '';
  return `${gib(s.allocated)} allocated, a ${gib(s.max)} maximum storage threshold, ${amount(s.rate)} GiB written an hour${load}`;
}

export const en: AutoscalingStrings = {
  picture: {
    title: (s, summary) => `Free space over one day with ${settings(s)}. ${summary}`,
    freeAxis: 'Free space (GiB)',
    allocatedAxis: 'Allocated storage (GiB)',
    trigger: '10% of allocated',
    max: (max) => `Maximum ${gib(max)}`,
    maxOffScale: (max) => `Maximum ${gib(max)}, off the chart ↑`,
    increase: (by) => `+${amount(by)}`,
    blocked: 'at max',
    full: 'full',
    wait: '6 h wait',
  },
  table: {
    time: 'Time',
    what: 'What happened',
    allocated: 'Allocated storage',
    nothing: 'Free space never stayed at or below 10% long enough: storage did not grow.',
    increase: (f) =>
      f.capped
        ? `Grew by ${gib(f.to - f.from)}: the rule asked for ${gib(f.wanted)} (${WINNER[f.winner]}), but the maximum storage threshold is ${gib(f.to)}.`
        : `Grew by ${gib(f.to - f.from)}, the largest of ${candidates(f)}.`,
    blocked: (max) =>
      `All three conditions held, but the allocation was already at the ${gib(max)} threshold: no increase.`,
    full: (until, refused) => `Disk full until ${until}: ${gib(refused)} of writes refused.`,
  },
  controls: {
    play: 'Play the day',
    pause: 'Pause',
    timeValue: (time) => `Up to ${time}`,
  },
  live: {
    summary: (f) => {
      const parts: string[] = [];
      if (f.increases === 0) parts.push(`By ${f.until} storage had not grown`);
      else
        parts.push(
          `By ${f.until} storage grew ${times(f.increases)}, to ${gib(f.finalAllocated)}` +
            (f.capped ? ', the threshold cutting an increase short' : ''),
        );
      if (f.blockedAt) parts.push(`at ${f.blockedAt} the threshold stopped any further increase`);
      if (f.fullFrom) parts.push(`the disk was full from ${f.fullFrom}, and ${gib(f.refused)} of writes were refused`);
      return `${parts.join('; ')}.`;
    },
    moment: (f) => {
      let text = `At ${f.time}: ${gib(f.allocated)} allocated, ${gib(f.free)} free (${percent(f.share)}).`;
      if (f.condition === 'full') text += ' The disk is full: writes are refused.';
      else if (f.condition === 'low') text += ' Free space is at or below 10%.';
      if (f.atMax) text += ' The allocation is at the maximum storage threshold.';
      else if (f.waitUntil) text += ` The next increase can come at ${f.waitUntil} at the earliest.`;
      return text;
    },
    increase: (f) =>
      `At ${f.time} free space had been at or below 10% for 5 minutes and the 6-hour wait was over, so storage grew to ${gib(f.to)}: ` +
      (f.capped
        ? `${gib(f.to - f.from)} instead of the ${gib(f.wanted)} the rule asked for, because that is the maximum storage threshold.`
        : `by ${gib(f.to - f.from)}, the largest of ${candidates(f)}.`),
    blocked: (time, max) =>
      `At ${time} all three conditions held, but the allocation was already at the ${gib(max)} maximum storage threshold, so storage did not grow.`,
    fullFrom: (time) => `At ${time} the disk filled up: writes are refused.`,
    hour: (from, to, happened) =>
      `${from}–${to}: ${happened.length === 0 ? 'no change.' : happened.join(' ')}`,
    caption: {
      midnight: (s) =>
        `00:00: 20% of ${gib(s.allocated)} is free, and the last storage change was long ago. Writes arrive at ${amount(s.rate)} GiB an hour${s.bulk > 0 ? `, with a ${gib(s.bulk)} bulk load between 12:00 and 13:00` : ''}.`,
      hour: () => '',
      endOfDay: () => 'End of the day.',
    },
    setting: (name, s) => {
      switch (name) {
        case 'allocated':
          return `Allocated storage set to ${gib(s.allocated)}.`;
        case 'max':
          return `Maximum storage threshold set to ${gib(s.max)}.`;
        case 'rate':
          return `Writes set to ${amount(s.rate)} GiB an hour.`;
        case 'bulk':
          return s.bulk > 0 ? `A ${gib(s.bulk)} bulk load now runs from 12:00 to 13:00.` : 'No bulk load.';
      }
    },
    raised: (max) =>
      `The maximum storage threshold must be at least 10% above the allocated storage, so it is now ${gib(max)}.`,
    belowRecommended: (recommended) =>
      `AWS recommends a threshold at least 26% above the allocation (${gib(recommended)}) to avoid notifications that storage is nearing it.`,
  },
  notice: {
    malformed: 'The diagram state in this link could not be read, so the diagram starts from its default settings.',
  },
};
