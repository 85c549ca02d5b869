/** The cloning island's words in English. See strings.ts. */
import type { CloneStrings } from './strings';

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function pages(count: number): string {
  return count === 1 ? '1 page' : `${count} pages`;
}

function duration(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  if (m < 60) return `${m} min`;
  if (m < 24 * 60) {
    const rest = m % 60;
    return rest === 0 ? `${Math.floor(m / 60)} h` : `${Math.floor(m / 60)} h ${rest} min`;
  }
  const days = Math.floor(m / 1440);
  const hours = Math.floor((m % 1440) / 60);
  const d = days === 1 ? '1 day' : `${days} days`;
  return hours === 0 ? d : `${d} ${hours} h`;
}

function size(gib: number): string {
  return gib >= 1024 ? `${gib / 1024} TiB` : `${gib} GiB`;
}

export const en: CloneStrings = {
  name: (number) => (number === 0 ? 'Source' : `Clone ${number}`),
  size,
  duration,
  picture: {
    title: (names, tally) => `Pages of ${list(names)}. ${tally}`,
    pages: 'Pages',
    origin: (parent) => (parent === null ? 'source cluster' : `clone of ${parent}`),
    deleted: 'deleted',
    freedNote: 'Deleted: the pages only it pointed at were freed',
    shared: (holders) => `shared ×${holders}`,
    sharedMark: (holders) => `×${holders}`,
    sharedKey: '×2 = one page shared by 2 clusters',
    own: 'own',
    storage: 'Storage in use',
    sharedRow: (count) => `Shared · ${count}`,
    ownRow: (name, count) => `${name} only · ${count}`,
    compare: (s) => `Time until ready, ${s} database (model estimate)`,
    method: { clone: 'Clone', restore: 'Snapshot restore' },
    ready: (method, time, added) =>
      method === 'clone' ? `≈ ${time}, nothing copied` : `≈ ${time}, all ${pages(added)} copied`,
  },
  panel: {
    label: 'Storage count',
    shared: (count, ids) => `Shared: ${pages(count)}${count > 0 ? ` (${ids.join(', ')})` : ''}.`,
    own: (name, count, ids) => `Only ${name}'s: ${pages(count)}${count > 0 ? ` (${ids.join(', ')})` : ''}.`,
    total: (total, clusters, full) =>
      `In storage: ${pages(total)}. As full copies, ${clusters === 1 ? 'this cluster' : `these ${clusters} clusters`} would take ${full}.`,
    compare: (s, clone, restore) =>
      `For a ${s} database, this model estimates a clone is ready in about ${clone} and a snapshot restore in about ${restore}.`,
  },
  live: {
    tally: (t) =>
      `Storage: ${[`${t.shared} shared`, ...t.own.map((o) => `${o.pages} ${o.name}'s own`)].join(' + ')} = ${pages(t.total)}.`,
    copied: (f, tally) =>
      `${f.writer} wrote page ${f.letter}. ${f.from} was shared with ${list(f.others)}, so ${f.writer} got a new page, ${f.to}, of its own; ${list(f.others)} still ${f.others.length > 1 ? 'see' : 'sees'} ${f.from}. ${tally}`,
    inPlace: (f, tally) =>
      `${f.writer} wrote page ${f.letter}. ${f.from} was already ${f.writer}'s alone, so it was rewritten in place as ${f.to} and no page was added. ${tally}`,
    cloned: (parent, made, count, tally) =>
      `${made} cloned from ${parent}: it points at the same ${count} pages, so nothing was copied and no storage was added. ${tally}`,
    deleted: (name, freed, kept, tally) => {
      const gone =
        freed.length === 0
          ? `No page was ${name}'s alone, so nothing was freed`
          : `${list(freed)} ${freed.length > 1 ? 'were' : 'was'} ${name}'s alone and ${freed.length > 1 ? 'were' : 'was'} freed`;
      const stay =
        kept === 0 ? 'the other clusters are untouched' : `the ${pages(kept)} it shared stay, and every other cluster is whole`;
      return `${name} deleted. ${gone}; ${stay}. ${tally}`;
    },
    full: 'There is no room for another clone in this picture: delete a cluster first. (Aurora itself lets you create as many clones as the Region’s DB cluster quota allows.)',
    last: 'The last cluster stays, so the picture has something to show.',
    missing: 'That cluster no longer exists.',
    size: (s, clone, restore) =>
      `${s} database: this model estimates a clone is ready in about ${clone} and a snapshot restore in about ${restore}.`,
    tourStep: (index, length) => `Step ${index + 1} of ${length}:`,
    tour: {
      start:
        "The source cluster's volume, drawn as six data pages, A to F. A real volume has millions of pages; the idea is the same.",
      clone:
        'Cloning copies nothing: the clone points at the same six pages, so it exists at once and adds no storage.',
      sourceWrites:
        "The source changes page B. Aurora writes a new page, B1, for the source alone; the clone still sees the old B.",
      cloneWrites:
        'The clone changes page D and gets its own D1. Each side owns only the pages it changed; the rest stay shared.',
      inPlace: 'A second write to page D: D1 already belongs to the clone alone, so it is rewritten in place. No page is added.',
      cloneOfClone: "A clone of a clone: Clone 2 points at Clone 1's pages, so D2 is shared again.",
      grandchildWrites: 'Clone 2 changes page F and gets F1; the source and Clone 1 still share F.',
      deleteSource:
        'Deleting the source frees only the pages no one else points at (B1 and D). Both clones stay whole.',
      bigger:
        'A bigger database: a snapshot restore has to copy every page and takes hours in this estimate; a clone still takes minutes.',
    },
  },
};
