/**
 * The cloning island's view (kit/frame.ts runs it): draws the model's state
 * and turns the cloning controls into model events. All rules live in model.ts.
 */
import { defineView } from '../kit/frame';
import { cloneCodec, type CloneLink } from './codec';
import { actingCluster, panelLines, sentenceFor, tallyText, tourText } from './describe';
import { sceneOf } from './layout';
import { live, step, type CloneEvent, type CloneState } from './model';
import type { CloneStrings } from './strings';
import { stateAt, TOUR } from './timeline';

/** Geometry moves, ms at 1×. */
const MOVE_MS = 450;

function option(value: string, text: string, selected: boolean): HTMLOptionElement {
  const el = document.createElement('option');
  el.value = value;
  el.textContent = text;
  el.selected = selected;
  return el;
}

export const { mount } = defineView<CloneStrings, CloneLink>({
  codec: cloneCodec,
  strings: import.meta.glob('./strings.{en,ko}.ts'),
  timeline: TOUR,
  start(frame, linked) {
    const { s, part, on } = frame;
    const panel = part<HTMLUListElement>('panel');
    const clusterSelect = part<HTMLSelectElement>('cluster');
    const pageSelect = part<HTMLSelectElement>('page');
    const sizeSelect = part<HTMLSelectElement>('size');
    let state: CloneState = linked.state;
    let acting = 0;

    function syncControls(): void {
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

    function render(ms = MOVE_MS): void {
      frame.draw(sceneOf(state, s, frame.fit), ms);
      syncControls();
    }

    /** A reader's own action: it pauses the tour and happens on top of where it stands. */
    function act(event: CloneEvent): void {
      frame.act(() => {
        state = step(state, event);
        render();
        return sentenceFor(event, state, s);
      });
    }

    on(clusterSelect, 'change', () => {
      acting = Number(clusterSelect.value);
      syncControls();
    });
    on(part('write'), 'click', () => act({ type: 'write', cluster: acting, page: Number(pageSelect.value) }));
    on(part('clone'), 'click', () => act({ type: 'clone', cluster: acting }));
    on(part('remove'), 'click', () => act({ type: 'delete', cluster: acting }));
    on(sizeSelect, 'change', () => act({ type: 'size', size: Number(sizeSelect.value) }));

    return {
      render: () => render(0),
      tour(change) {
        state = stateAt(change.to, state.size);
        render();
        frame.announce(tourText(change.to, state, s));
      },
      link: () => ({ state, step: frame.clock.status().index }),
      opening: () => tallyText(state, s),
    };
  },
});
