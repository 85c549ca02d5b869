/**
 * The cloning island's view (kit/frame.ts runs it): draws the model's state
 * and turns the cloning controls into model events. All rules live in model.ts.
 */
import { defineModelView } from '../kit/frame';
import { figure } from './figure';
import { cloneCodec } from './codec';
import { actingCluster, panelLines, sentenceFor, tourText } from './describe';
import { sceneOf } from './layout';
import { live, step, type CloneEvent, type CloneState } from './model';
import type { CloneStrings } from './strings';
import { stateAt } from './timeline';

/** Geometry moves, ms at 1×. */
const MOVE_MS = 450;

function option(value: string, text: string, selected: boolean): HTMLOptionElement {
  const el = document.createElement('option');
  el.value = value;
  el.textContent = text;
  el.selected = selected;
  return el;
}

export const { mount } = defineModelView<CloneStrings, CloneState, CloneEvent>({
  codec: cloneCodec,
  figure,
  step,
  at: (index, state) => stateAt(index, state.size),
  rebuilds: true,
  said: (event, _before, state, s) => sentenceFor(event, state, s),
  toured: (index, _before, state, s) => tourText(index, state, s),
  start(frame, model) {
    const { s, part, on } = frame;
    const panel = part<HTMLUListElement>('panel');
    const clusterSelect = part<HTMLSelectElement>('cluster');
    const pageSelect = part<HTMLSelectElement>('page');
    const sizeSelect = part<HTMLSelectElement>('size');
    const act = model.act;
    let acting = 0;

    function syncControls(state: CloneState): void {
      acting = actingCluster(state, acting);
      const options = live(state).map((c) => option(String(c.number), s.name(c.number), c.number === acting));
      const same =
        options.length === clusterSelect.options.length &&
        options.every((o, i) => clusterSelect.options[i]?.value === o.value);
      if (!same) clusterSelect.replaceChildren(...options);
      clusterSelect.value = String(acting);
      sizeSelect.value = String(state.size);
      const lines = panelLines(state, s);
      panel.replaceChildren(
        ...[lines.shared, ...lines.own.map((o) => o.text), lines.total, lines.compare].map((text) => {
          const li = document.createElement('li');
          li.textContent = text;
          return li;
        }),
      );
    }

    on(clusterSelect, 'change', () => {
      acting = Number(clusterSelect.value);
      syncControls(model.state);
    });
    on(part('write'), 'click', () => act({ type: 'write', cluster: acting, page: Number(pageSelect.value) }));
    on(part('clone'), 'click', () => act({ type: 'clone', cluster: acting }));
    on(part('remove'), 'click', () => act({ type: 'delete', cluster: acting }));
    on(sizeSelect, 'change', () => act({ type: 'size', size: Number(sizeSelect.value) }));

    return (state, _event, moving) => {
      frame.draw(sceneOf(state, s, frame.fit), moving ? MOVE_MS : 0);
      syncControls(state);
    };
  },
});
