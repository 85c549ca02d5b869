/**
 * The session-store island's view (kit/frame.ts runs it): draws the model's
 * state and sends a dot along the path a login or request takes (nothing
 * moves when the reader prefers less motion). The rules live in model.ts.
 */
import { defineView, tourMove } from '../../kit/frame';
import { sendDots } from '../../kit/scene-d3';
import { sessionCodec, type SessionLink } from './codec';
import { sentenceFor, statusOf, tourText } from './describe';
import { hopsOf, sceneOf } from './layout';
import { isStore, step, type SessionEvent, type SessionState } from './model';
import type { SessionStrings } from './strings';
import { stateAt, TOUR } from './timeline';

const HOP_MS = 360;

const travels = (event: SessionEvent | null | undefined): boolean => event?.type === 'login' || event?.type === 'request';


export const { mount } = defineView<SessionStrings, SessionLink>({
  name: 'session-store',
  codec: sessionCodec,
  strings: {
    en: () => import('./strings.en').then((m) => m.en),
    ko: () => import('./strings.ko').then((m) => m.ko),
  },
  timeline: (linked) => ({ steps: TOUR, index: linked.step }),
  start(frame, linked) {
    const { s, svg, activity, part, all, on } = frame;
    const stores = all<HTMLInputElement>('store');
    let state: SessionState = linked.state;

    function render(animate: boolean, moving = true): void {
      frame.draw(sceneOf(state, s, frame.fit), moving ? 300 : 0);
      sendDots(svg, hopsOf(state, frame.fit), animate ? frame.duration(HOP_MS) : 0, () => 's-msg', activity);
      for (const input of stores) input.checked = input.value === state.store;
    }

    function act(event: SessionEvent): void {
      frame.act(() => {
        state = step(state, event);
        render(travels(event));
        return sentenceFor(state, s);
      });
    }

    for (const input of stores) {
      on(input, 'change', () => {
        if (input.checked && isStore(input.value)) act({ type: 'store', store: input.value });
      });
    }
    on(part('login'), 'click', () => act({ type: 'login' }));
    on(part('request'), 'click', () => act({ type: 'request' }));
    for (const button of all<HTMLButtonElement>('wait')) {
      on(button, 'click', () => act({ type: 'wait', minutes: Number(button.dataset['minutes']) }));
    }

    return {
      render: () => render(false, false),
      tour(change) {
        const moved = tourMove(change, state, TOUR, step, stateAt);
        state = moved.state;
        render(travels(moved.event));
        frame.announce(tourText(change.to, state, s));
      },
      link: () => ({ state, step: frame.clock.status().index }),
      opening: () => statusOf(state, s),
    };
  },
});
