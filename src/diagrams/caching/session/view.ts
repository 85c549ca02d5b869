/**
 * The session-store island's view (kit/frame.ts runs it): draws the model's
 * state and sends a dot along the path a login or request takes (nothing
 * moves when the reader prefers less motion). The rules live in model.ts.
 */
import { defineModelView } from '../../kit/frame';
import { sendDots } from '../../kit/scene-d3';
import { radios } from '../../kit/radios';
import { figure } from './figure';
import { sessionCodec } from './codec';
import { sentenceFor, tourText } from './describe';
import { hopsOf, sceneOf } from './layout';
import { isStore, step, type SessionEvent, type SessionState } from './model';
import type { SessionStrings } from './strings';

const HOP_MS = 360;

const travels = (event: SessionEvent | null | undefined): boolean => event?.type === 'login' || event?.type === 'request';

export const { mount } = defineModelView<SessionStrings, SessionState, SessionEvent>({
  codec: sessionCodec,
  folder: 'caching/session',
  figure,
  step,
  said: (_event, _before, state, s) => sentenceFor(state, s),
  toured: (index, _before, state, s) => tourText(index, state, s),
  start(frame, { act }) {
    const { s, svg, activity, part, all, on } = frame;
    const stores = radios(frame, 'store', isStore, (store) => act({ type: 'store', store }));
    on(part('login'), 'click', () => act({ type: 'login' }));
    on(part('request'), 'click', () => act({ type: 'request' }));
    for (const button of all<HTMLButtonElement>('wait')) {
      on(button, 'click', () => act({ type: 'wait', minutes: Number(button.dataset['minutes']) }));
    }

    return (state, event, moving) => {
      frame.draw(sceneOf(state, s, frame.fit), moving ? 300 : 0);
      sendDots(svg, hopsOf(state, frame.fit), travels(event) ? frame.duration(HOP_MS) : 0, () => 's-msg', activity);
      stores.check(state.store);
    };
  },
});
