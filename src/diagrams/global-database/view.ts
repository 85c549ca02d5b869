/**
 * The Global Database island's view (kit/frame.ts runs it): draws the model's
 * state and turns the region controls into model events. All rules live in
 * model.ts.
 */
import { defineModelView } from '../kit/frame';
import { figure } from './figure';
import { globalCodec } from './codec';
import { sentenceFor, tourText } from './describe';
import { animateReplication } from './draw';
import { sceneOf } from './layout';
import { isRegion, step, type GlobalEvent, type GlobalState, type RegionCode } from './model';
import type { GlobalStrings } from './strings';

/** Geometry moves, ms at 1×. */
const MOVE_MS = 450;
/** A change travelling along an arc, ms at 1×. */
const TRAVEL_MS = 700;

/** Which arcs a change travels along after an event. */
function travelling(event: GlobalEvent | null, state: GlobalState): readonly RegionCode[] {
  const last = state.last;
  if (!event || !last) return [];
  if (last.type === 'add') return last.added;
  if ((last.type === 'failover' || last.type === 'switchover') && last.ok) return state.secondaries;
  if (last.type === 'recover' && last.rejoined && last.region) return [last.region];
  return [];
}

export const { mount } = defineModelView<GlobalStrings, GlobalState, GlobalEvent>({
  codec: globalCodec,
  figure,
  step,
  said: (event, _before, state, s) => sentenceFor(event, state, s),
  toured: (index, _before, state, s) => tourText(index, state, s),
  start(frame, model) {
    const { s, svg, activity, part, all, on } = frame;
    const regionBoxes = all<HTMLInputElement>('region');
    const target = part<HTMLSelectElement>('target');

    function syncControls(state: GlobalState): void {
      for (const input of regionBoxes) {
        const code = input.dataset['region'];
        if (!isRegion(code)) continue;
        input.checked = state.secondaries.includes(code);
        input.disabled = code === state.primary || code === state.outage;
      }
      for (const option of target.options) {
        const usable = isRegion(option.value) && state.secondaries.includes(option.value);
        option.disabled = !usable;
        option.hidden = !usable;
      }
      if (!(isRegion(target.value) && state.secondaries.includes(target.value))) {
        target.value = state.secondaries[0] ?? '';
      }
    }

    const act = model.act;

    for (const input of regionBoxes) {
      on(input, 'change', () => {
        const code = input.dataset['region'];
        if (!isRegion(code)) return;
        act(input.checked ? { type: 'add', regions: [code] } : { type: 'remove', region: code });
      });
    }
    on(part('outage'), 'click', () => act({ type: 'outage' }));
    on(part('recover'), 'click', () => act({ type: 'recover' }));
    for (const type of ['failover', 'switchover'] as const) {
      on(part(type), 'click', () => act({ type, to: isRegion(target.value) ? target.value : model.state.primary }));
    }

    return (state, event, moving) => {
      const move = moving ? frame.duration(MOVE_MS) : 0;
      frame.draw(sceneOf(state, s, frame.fit), moving ? MOVE_MS : 0);
      const codes = travelling(event, state);
      if (codes.length > 0) animateReplication(svg, codes, move, frame.duration(TRAVEL_MS), activity);
      syncControls(state);
    };
  },
});
