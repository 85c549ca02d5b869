/**
 * The storage-autoscaling island's view (kit/frame.ts runs it): keeps chart,
 * table and words in step with the model and turns the settings into model
 * events. The rule itself lives in model.ts.
 */
import { defineView } from '../kit/frame';
import { oneOf } from '../kit/one-of';
import { headedRow } from '../kit/table-row';
import { autoscalingCodec } from './codec';
import { dayStepText, eventRows, momentOf, settingText, summaryOf } from './describe';
import { clockTime, gib } from './format';
import { sceneOf } from './layout';
import { PARAM_NAMES, step, type AutoscalingState } from './model';
import type { AutoscalingStrings } from './strings';
import { DAY, HOUR_MS } from './timeline';

/** Settings changes redraw at once; a jump in time glides this long, ms at 1×. */
const MOVE_MS = 300;

const isParamName = oneOf(PARAM_NAMES);

export const { mount } = defineView<AutoscalingStrings, AutoscalingState>({
  codec: autoscalingCodec,
  words: (s) => ({ play: s.controls.play, pause: s.controls.pause, malformed: s.notice.malformed }),
  timeline: (linked) => ({ steps: DAY, index: linked.hour }),
  playFromEnd: true,
  start(frame, linked) {
    const { s, part, all, on } = frame;
    const inputs = all<HTMLInputElement>('param');
    const momentLine = part('moment');
    const rowsBody = part<HTMLTableSectionElement>('rows');
    let state: AutoscalingState = linked;

    function syncInputs(): void {
      for (const input of inputs) {
        const name = input.dataset['name'];
        if (isParamName(name)) input.value = String(state.params[name]);
      }
    }

    function syncTable(): void {
      const doc = rowsBody.ownerDocument;
      const rows = eventRows(state, s).map((row) => headedRow(doc, row.time, [row.what, gib(row.allocated)]));
      if (rows.length === 0) {
        const tr = doc.createElement('tr');
        const td = doc.createElement('td');
        td.textContent = s.table.nothing;
        td.colSpan = 3;
        tr.append(td);
        rows.push(tr);
      }
      rowsBody.replaceChildren(...rows);
    }

    function render(ms: number): void {
      frame.draw(sceneOf(state, s, frame.fit), ms);
      momentLine.textContent = momentOf(state, s);
      syncTable();
    }

    for (const input of inputs) {
      on(input, 'change', () => {
        const name = input.dataset['name'];
        if (!isParamName(name)) return;
        const value = input.value.trim() === '' ? Number.NaN : Number(input.value);
        if (!Number.isFinite(value)) {
          syncInputs();
          return;
        }
        frame.act(() => {
          const before = state;
          state = step(state, { type: 'set', name, value });
          syncInputs();
          render(0);
          return settingText(name, before, state, s);
        });
      });
    }

    return {
      render: () => {
        syncInputs();
        render(0);
      },
      tour(change) {
        const event = DAY[change.to]?.event;
        if (event) state = step(state, event);
        const ticking = (change.cause === 'tick' || change.cause === 'next') && change.to === change.from + 1;
        render(ticking ? HOUR_MS * 0.9 : MOVE_MS);
        frame.announce(dayStepText(change.to, state, s));
      },
      stepText: (status) => s.controls.timeValue(clockTime(status.index * 60)),
      link: () => state,
      opening: () => summaryOf(state, s),
    };
  },
});
