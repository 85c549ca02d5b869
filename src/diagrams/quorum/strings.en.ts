/** The quorum island's words in English. See strings.ts. */
import type { QuorumStrings, StatusFacts } from './strings';

function listEn(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function verdictEn(f: StatusFacts): string {
  if (f.canWrite && f.canRead) return 'writes and reads continue';
  if (f.canRead) return 'writes stop, reads continue';
  return 'writes and reads stop';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const en: QuorumStrings = {
  picture: {
    title: (design, status) =>
      design === 'aurora'
        ? `Aurora's 6 copies across 3 AZs: ${status}.`
        : `The classic 3 copies, one per AZ: ${status}.`,
    writer: 'Writer DB instance',
    az: (az) => `AZ ${az}`,
    health: { up: '✓ up', down: '✕ down', repairing: '↻ repairing' },
    version: (version) => (version === 0 ? 'no writes' : `write #${version}`),
    meter: (kind, r) => `${kind === 'write' ? 'Write' : 'Read'} quorum ${kind === 'write' ? r.Vw : r.Vr} of ${r.V}`,
    meterResult: (count, met) => `${count} count: ${met ? 'met' : 'not met'}`,
  },
  panel: {
    label: 'Quorums',
    rules: (r) =>
      `V = ${r.V}, Vw = ${r.Vw}, Vr = ${r.Vr}. Vw + Vr = ${r.Vw + r.Vr} > ${r.V}: every read overlaps the latest write. 2 × Vw = ${2 * r.Vw} > ${r.V}: two writes cannot both win.`,
    quorum: (kind, r, count, met) =>
      `${kind === 'write' ? 'Write' : 'Read'} quorum: ${kind === 'write' ? r.Vw : r.Vr} of ${r.V} needed, ${count} count — ${met ? 'met' : 'not met'}.`,
    other: (design, status) =>
      design === 'classic'
        ? `The same failures with the classic 3 copies: ${status}.`
        : `The same failures with Aurora's 6 copies: ${status}.`,
  },
  live: {
    status: (f) =>
      f.repairing > 0
        ? `${f.count} of ${f.V} copies up to date and reachable, ${f.repairing} repairing — ${verdictEn(f)}`
        : `${f.count} of ${f.V} copies reachable — ${verdictEn(f)}`,
    failed: (names, status) => `${capitalise(listEn(names))} ${names.length > 1 ? 'are' : 'is'} down: ${status}.`,
    restored: (names, repairing, status) => {
      const back = `${capitalise(listEn(names))} ${names.length > 1 ? 'are' : 'is'} back`;
      if (repairing.length === 0) return `${back}: ${status}.`;
      const many = repairing.length > 1;
      return `${back}: ${listEn(repairing)} ${many ? 'are' : 'is'} repairing and ${many ? 'do' : 'does'} not count until caught up. ${capitalise(status)}.`;
    },
    targetAz: (az) => `AZ ${az}`,
    targetCopy: (id) => `copy ${id}`,
    onlyInAurora: (id) => `Copy ${id} exists only in Aurora's 6-copy design.`,
    writeOk: (version, quorum, holders) =>
      `Write #${version} acknowledged once ${quorum.length} copies answered (${listEn(quorum)})` +
      (holders > quorum.length ? `; ${holders} copies now hold it.` : '.'),
    writeFailed: (answered, needed) =>
      `Write not acknowledged: ${answered === 0 ? 'no copy answered' : `only ${answered} ${answered === 1 ? 'copy' : 'copies'} answered`} and ${needed} are needed, so nothing was written.`,
    readOk: (answers, value) =>
      `Read served by ${answers.length} copies (${listEn(answers)}); ` +
      (value === 0 ? 'nothing has been written yet.' : `the newest write among them, #${value}, is the latest.`),
    readFailed: (answered, needed) =>
      `Read failed: ${answered === 0 ? 'no copy answered' : `only ${answered} ${answered === 1 ? 'copy' : 'copies'} answered`} and ${needed} are needed.`,
    repaired: (ids, status) =>
      `${listEn(ids)} caught up from ${ids.length > 1 ? 'their' : 'its'} peers and ${ids.length > 1 ? 'count' : 'counts'} again: ${status}.`,
    waiting: (ids) => `Still repairing: ${listEn(ids)}, with no up-to-date copy in reach.`,
    nothingToRepair: (status) => `No copy is repairing: ${status}.`,
    showing: (design, r, status) =>
      `${design === 'aurora' ? "Showing Aurora's 6 copies" : 'Showing the classic 3 copies'}: write ${r.Vw} of ${r.V}, read ${r.Vr} of ${r.V}. ${capitalise(status)}.`,
    tourStep: (index, length) => `Step ${index + 1} of ${length}:`,
    tour: {
      start: {
        aurora: 'One protection group: six copies of a 10 GiB segment, two in each AZ.',
        classic: 'The classic design: three copies, one in each AZ; writes and reads each need 2 of 3.',
      },
      write: {
        aurora: 'The writer sends the write to every copy and waits for the first four answers.',
        classic: 'The writer waits for two of the three copies.',
      },
      loseCopy: {
        aurora: 'Losing one copy changes nothing the application would notice.',
        classic: 'Losing one copy leaves two: both quorums are still met, with nothing to spare.',
      },
      loseAz: {
        aurora: 'A whole AZ is gone, and two copies with it. The four left are still a write quorum.',
        classic: 'With one copy per AZ, that copy was the whole AZ: two copies still remain.',
      },
      writeAfterAz: {
        aurora: 'Writes go on: the four surviving copies are exactly a write quorum.',
        classic: 'Writes go on, but both survivors must answer every write.',
      },
      loseOneMore: {
        aurora: 'One more copy fails on top of the AZ. Three are left: too few to write, enough to read.',
        classic: 'One more failure leaves a single copy: below both quorums.',
      },
      writeBlocked: {
        aurora: 'Three answers are not four, so the write is refused rather than half done.',
        classic: 'One answer is not two, so the write is refused.',
      },
      readStill: {
        aurora:
          'Any three copies include one of the four that took the latest write (3 + 4 > 6), so the read is right.',
        classic: 'Reads stop too. This is the case Aurora keeps six copies for.',
      },
      azBack: {
        aurora: 'The AZ is back, but its copies missed writes: they do not count until they catch up.',
        classic: "The AZ's copy is back, but it must catch up first.",
      },
      catchUp: {
        aurora: 'The returning copies fetch what they missed from their peers, then count again.',
        classic: 'It catches up from the surviving copy, and two copies count again.',
      },
      writeAgain: {
        aurora: 'With five current copies, writes flow again.',
        classic: 'With two current copies, writes flow again.',
      },
      copyBack: {
        aurora: 'The last copy comes back and starts catching up.',
        classic: 'The last copy comes back and starts catching up.',
      },
      allCaughtUp: {
        aurora: 'All six copies hold the latest write again.',
        classic: 'All three copies hold the latest write again.',
      },
    },
  },
};
