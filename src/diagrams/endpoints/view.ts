/**
 * The endpoints island's view (kit/frame.ts runs it): draws the model's state
 * and turns the request, lag, pool, custom-endpoint and load controls into
 * model events. All rules live in model.ts.
 */
import { defineModelView } from '../kit/frame';
import { oneOf } from '../kit/one-of';
import { figure } from './figure';
import { endpointsCodec } from './codec';
import { sentenceFor, tourText } from './describe';
import { animateRequests } from './draw';
import { sceneOf } from './layout';
import {
  BURST,
  LAG_INDEXES,
  LOADS,
  LONG_WAIT_MS,
  POOL_SIZES,
  REPLICA_IDS,
  replicaOf,
  SHORT_WAIT_MS,
  step,
  type EndpointsEvent,
  type EndpointsState,
  type LagIndex,
  type ReplicaId,
} from './model';
import type { EndpointsStrings } from './strings';

/** One hop of a request's trip, ms at 1×. */
const LEG_MS = 380;
/** Geometry moves, ms at 1×. */
const MOVE_MS = 350;

const isLoad = oneOf(LOADS);
const asLag = (value: string): LagIndex | null => LAG_INDEXES.find((lag) => String(lag) === value) ?? null;
const asReplica = (value: string | undefined): ReplicaId | null =>
  REPLICA_IDS.find((id) => String(id) === value) ?? null;

/** Buttons and the event each one sends. */
const BUTTONS: Readonly<Record<string, EndpointsEvent>> = {
  write: { type: 'write' },
  'read-writer': { type: 'read', via: 'writer' },
  'read-replica': { type: 'read', via: 'reader' },
  burst: { type: 'read', via: 'reader', count: BURST },
  'wait-short': { type: 'wait', ms: SHORT_WAIT_MS },
  'wait-long': { type: 'wait', ms: LONG_WAIT_MS },
  reconnect: { type: 'reconnect' },
  report: { type: 'report' },
};

export const { mount } = defineModelView<EndpointsStrings, EndpointsState, EndpointsEvent>({
  codec: endpointsCodec,
  figure,
  step,
  said: (event, _before, state, s) => sentenceFor(event, state, s),
  toured: (index, _before, state, s) => tourText(index, state, s),
  start(frame, { act }) {
    const { s, svg, activity, part, all, on } = frame;
    const lagSelect = part<HTMLSelectElement>('lag');
    const poolSelect = part<HTMLSelectElement>('pool');
    const loadSelect = part<HTMLSelectElement>('load');
    const members = all<HTMLInputElement>('member');

    function syncControls(state: EndpointsState): void {
      lagSelect.value = String(state.lag);
      poolSelect.value = String(state.service.length);
      loadSelect.value = state.load;
      for (const input of members) {
        const id = asReplica(input.dataset['replica']);
        const replica = id === null ? undefined : replicaOf(state, id);
        input.checked = replica?.analytics === true;
        input.disabled = replica === undefined || replica.readyAt !== null;
        const wrap = input.closest<HTMLElement>('[data-part="member-wrap"]');
        if (wrap) wrap.hidden = replica === undefined;
      }
    }

    for (const [name, event] of Object.entries(BUTTONS)) on(part(name), 'click', () => act(event));
    on(lagSelect, 'change', () => {
      const lag = asLag(lagSelect.value);
      if (lag !== null) act({ type: 'lag', lag });
    });
    on(poolSelect, 'change', () => {
      const size = Number(poolSelect.value);
      if (POOL_SIZES.includes(size)) act({ type: 'pool', size });
    });
    on(loadSelect, 'change', () => {
      if (isLoad(loadSelect.value)) act({ type: 'load', load: loadSelect.value });
    });
    for (const input of members) {
      on(input, 'change', () => {
        const replica = asReplica(input.dataset['replica']);
        if (replica !== null) act({ type: 'member', replica, on: input.checked });
      });
    }

    return (state, event, moving) => {
      frame.draw(sceneOf(state, s, frame.fit), moving ? MOVE_MS : 0);
      if (event && (event.type === 'write' || event.type === 'read' || event.type === 'report')) {
        animateRequests(svg, state, frame.duration(LEG_MS), activity, frame.fit);
      }
      syncControls(state);
    };
  },
});
