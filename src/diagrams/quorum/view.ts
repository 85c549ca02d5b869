/**
 * The quorum island's view (kit/frame.ts runs it): draws the model's state
 * and turns the quorum controls into model events. All rules live in model.ts.
 */
import { defineModelView } from '../kit/frame';
import { oneOf } from '../kit/one-of';
import { radios } from '../kit/radios';
import { figure } from './figure';
import { quorumCodec } from './codec';
import { panelLines, sentenceFor, tourText } from './describe';
import { animateRequest, draw } from './draw';
import { ALL_COPY_IDS, AZS, azDown, copyOf, DESIGNS, shown, step, type QuorumEvent, type QuorumState } from './model';
import type { QuorumStrings } from './strings';
import { stateAt } from './timeline';

/** One leg of a request's trip, ms at 1×. */
const LEG_MS = 450;
/** Geometry moves, ms at 1×. */
const MOVE_MS = 350;

const isDesign = oneOf(DESIGNS);
const isAz = oneOf(AZS);
const isCopyId = oneOf(ALL_COPY_IDS);

export const { mount } = defineModelView<QuorumStrings, QuorumState, QuorumEvent>({
  codec: quorumCodec,
  figure,
  step,
  at: (index, state) => stateAt(index, state.show),
  said: (event, _before, state, s) => sentenceFor(event, state, s),
  toured: (index, _before, state, s) => tourText(index, state, s),
  start(frame, { act }) {
    const { s, svg, activity, part, all, on } = frame;
    const designs = radios(frame, 'design', isDesign, (design) => act({ type: 'show', design }));
    const azBoxes = all<HTMLInputElement>('az');
    const copyBoxes = all<HTMLInputElement>('copy');
    const panel = {
      rules: part('panel-rules'),
      write: part('panel-write'),
      read: part('panel-read'),
      other: part('panel-other'),
    };

    function syncControls(state: QuorumState): void {
      const group = shown(state);
      designs.check(state.show);
      for (const input of azBoxes) {
        const az = input.dataset['az'];
        if (isAz(az)) input.checked = azDown(state, az);
      }
      for (const input of copyBoxes) {
        const id = input.dataset['copy'];
        if (!isCopyId(id)) continue;
        const copy = copyOf(group, id);
        input.checked = copy?.health === 'down';
        const wrap = input.closest<HTMLElement>('[data-part="copy-wrap"]');
        if (wrap) wrap.hidden = copy === undefined;
      }
      const lines = panelLines(state, s);
      for (const key of ['rules', 'write', 'read', 'other'] as const) panel[key].textContent = lines[key];
    }

    for (const input of azBoxes) {
      on(input, 'change', () => {
        const az = input.dataset['az'];
        if (isAz(az)) act({ type: input.checked ? 'fail' : 'restore', targets: [{ az }] });
      });
    }
    for (const input of copyBoxes) {
      on(input, 'change', () => {
        const copy = input.dataset['copy'];
        if (isCopyId(copy)) act({ type: input.checked ? 'fail' : 'restore', targets: [{ copy }] });
      });
    }
    for (const type of ['write', 'read', 'repair'] as const) on(part(type), 'click', () => act({ type }));

    return (state, event, moving) => {
      draw(svg, state, s, moving ? frame.duration(MOVE_MS) : 0, activity, frame.fit);
      if (event && (event.type === 'write' || event.type === 'read')) {
        animateRequest(svg, state, frame.duration(LEG_MS), activity, frame.fit);
      }
      syncControls(state);
    };
  },
});
