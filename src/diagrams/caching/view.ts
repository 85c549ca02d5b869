/**
 * The caching-patterns island's view (kit/frame.ts runs it): keeps the
 * picture, the counters and the comparison in step with the model. A read or
 * write sends a dot along each hop of its path, one after another (nothing
 * moves when the reader prefers less motion). The patterns' rules live in
 * model.ts.
 */
import { defineModelView } from '../kit/frame';
import { sendDots } from '../kit/scene-d3';
import { radios } from '../kit/radios';
import { headedRow } from '../kit/table-row';
import { figure } from './figure';
import { cachingCodec } from './codec';
import { compareRows, countersOf, sentenceFor, tourText } from './describe';
import { hopPath, sceneOf } from './layout';
import {
  isKey,
  isStrategy,
  isTtl,
  shown,
  step,
  WAIT_SECONDS,
  type CachingEvent,
  type CachingState,
} from './model';
import type { CachingStrings } from './strings';
import { stateAt } from './timeline';

/** One hop, ms at 1×. */
const HOP_MS = 380;

const moves = (event: CachingEvent | null | undefined): boolean => event?.type === 'read' || event?.type === 'write';

export const { mount } = defineModelView<CachingStrings, CachingState, CachingEvent>({
  codec: cachingCodec,
  figure,
  step,
  at: (index, state) => stateAt(index, state.show),
  said: sentenceFor,
  toured: tourText,
  start(frame, { act }) {
    const { s, svg, activity, part, all, on } = frame;
    const strategies = radios(frame, 'strategy', isStrategy, (strategy) => act({ type: 'show', strategy }));
    const keys = all<HTMLInputElement>('key');
    const ttlSelect = part<HTMLSelectElement>('ttl');
    const compare = part<HTMLTableSectionElement>('compare');
    const counterCells = all('counter');

    function syncControls(state: CachingState): void {
      strategies.check(state.show);
      ttlSelect.value = String(state.ttl);
      const facts = countersOf(shown(state));
      for (const cell of counterCells) {
        const name = cell.dataset['counter'];
        if (name === 'ratio') cell.textContent = facts.ratio === null ? s.counters.none : s.counters.percent(facts.ratio);
        else if (name === 'reads' || name === 'hits' || name === 'misses' || name === 'stale' || name === 'keys') {
          cell.textContent = String(facts[name]);
        }
      }
      compare.replaceChildren(
        ...compareRows(state, s).map((r) => {
          const tr = headedRow(compare.ownerDocument, r.name, r.cells);
          if (r.strategy === state.show) tr.className = 'is-shown';
          return tr;
        }),
      );
    }

    on(ttlSelect, 'change', () => {
      const ttl = Number(ttlSelect.value);
      if (isTtl(ttl)) act({ type: 'ttl', ttl });
    });
    for (const type of ['read', 'write'] as const) {
      on(part(type), 'click', () => {
        const key = keys.find((input) => input.checked)?.value;
        if (isKey(key)) act({ type, key });
      });
    }
    on(part('wait'), 'click', () => act({ type: 'wait', seconds: WAIT_SECONDS }));
    on(part('replace'), 'click', () => act({ type: 'replace' }));

    return (state, event, moving) => {
      frame.draw(sceneOf(state, s, frame.fit), moving ? 300 : 0);
      const last = shown(state).last;
      const hops = last && (last.type === 'read' || last.type === 'write') ? last.hops : [];
      sendDots(svg, hops.map((hop) => hopPath(hop, frame.fit)), moves(event) ? frame.duration(HOP_MS) : 0, (i) => `c-msg is-${hops[i]}`, activity);
      syncControls(state);
    };
  },
});
