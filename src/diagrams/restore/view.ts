/**
 * The restore-options island's view (kit/frame.ts runs it): keeps picture,
 * verdict table and moment controls in step with the model. All rules live
 * in model.ts.
 */
import { defineView } from '../kit/frame';
import { oneOf } from '../kit/one-of';
import { restoreCodec, type RestoreLink } from './codec';
import { momentSentence, sentenceFor, tableRows, tourText } from './describe';
import { sceneOf } from './layout';
import {
  DAY,
  ENGINES,
  HOUR,
  markAt,
  MARKS,
  retentionRange,
  step,
  TIMELINE_MINUTES,
  type RestoreEvent,
  type RestoreState,
} from './model';
import type { RestoreStrings } from './strings';
import { stateAt, TOUR } from './timeline';

/** Geometry moves, ms at 1×. */
const MOVE_MS = 400;
/** A slider being dragged or arrowed is announced once it rests this long. */
const SETTLE_MS = 350;

const isEngine = oneOf(ENGINES);

export const { mount } = defineView<RestoreStrings, RestoreLink>({
  codec: restoreCodec,
  timeline: TOUR,
  start(frame, linked) {
    const { s, part, on } = frame;
    const tableCaption = part('table-caption');
    const slider = part<HTMLInputElement>('moment');
    const daysInput = part<HTMLInputElement>('days');
    const hoursInput = part<HTMLInputElement>('hours');
    const minutesInput = part<HTMLInputElement>('minutes');
    const markSelect = part<HTMLSelectElement>('mark');
    const engineSelect = part<HTMLSelectElement>('engine');
    const retentionInput = part<HTMLInputElement>('retention');
    const backtrackInput = part<HTMLInputElement>('backtrack');
    const rows = new Map(
      [...frame.root.querySelectorAll<HTMLTableRowElement>('tr[data-mechanism]')].map((tr) => [
        tr.dataset['mechanism'],
        tr,
      ]),
    );
    let state: RestoreState = linked.state;
    let settle: ReturnType<typeof setTimeout> | undefined;

    function syncControls(): void {
      const when = s.ago(state.ago);
      slider.value = String(TIMELINE_MINUTES - state.ago);
      slider.setAttribute('aria-valuetext', when);
      daysInput.value = String(Math.floor(state.ago / DAY));
      hoursInput.value = String(Math.floor((state.ago % DAY) / HOUR));
      minutesInput.value = String(state.ago % HOUR);
      markSelect.value = markAt(state.ago) ?? '';
      engineSelect.value = state.engine;
      retentionInput.min = String(retentionRange(state.engine).min);
      retentionInput.value = String(state.retention);
      backtrackInput.value = String(state.backtrack);
      tableCaption.textContent = s.table.caption(when);
      for (const row of tableRows(state, s)) {
        const tr = rows.get(row.mechanism);
        if (!tr) continue;
        tr.className = row.ok ? 'is-ok' : 'is-no';
        const [answer, detail] = [tr.cells[1], tr.cells[2]];
        if (answer) answer.textContent = row.answer;
        if (detail) detail.textContent = row.detail;
      }
    }

    function render(ms = MOVE_MS): void {
      frame.draw(sceneOf(state, s, frame.fit), ms);
      syncControls();
    }

    /** A reader's own action; a slider on the move is announced once it rests. */
    function act(event: RestoreEvent, announce: 'now' | 'settle' = 'now'): void {
      clearTimeout(settle);
      if (announce === 'now') {
        frame.act(() => {
          state = step(state, event);
          render();
          return sentenceFor(event, state, s);
        });
        return;
      }
      frame.clock.pause();
      state = step(state, event);
      render();
      frame.refreshLink();
      settle = setTimeout(() => frame.announce(sentenceFor(event, state, s)), SETTLE_MS);
    }

    /** The moment the three number fields spell, or null while one is not a whole number. */
    function fieldsMoment(): number | null {
      const parts = [daysInput, hoursInput, minutesInput].map((input) => input.valueAsNumber);
      if (parts.some((n) => !Number.isInteger(n))) return null;
      const [d = 0, h = 0, m = 0] = parts;
      return d * DAY + h * HOUR + m;
    }

    on(slider, 'input', () => act({ type: 'moment', ago: TIMELINE_MINUTES - Number(slider.value) }, 'settle'));
    for (const input of [daysInput, hoursInput, minutesInput]) {
      on(input, 'change', () => {
        const ago = fieldsMoment();
        if (ago === null) syncControls();
        else act({ type: 'moment', ago });
      });
    }
    on(markSelect, 'change', () => {
      const mark = MARKS.find((m) => m.key === markSelect.value);
      if (mark) act({ type: 'moment', ago: mark.ago });
    });
    on(engineSelect, 'change', () => {
      if (isEngine(engineSelect.value)) act({ type: 'engine', engine: engineSelect.value });
    });
    on(retentionInput, 'change', () => {
      if (retentionInput.value === '') syncControls();
      else act({ type: 'retention', days: retentionInput.valueAsNumber });
    });
    on(backtrackInput, 'change', () => {
      if (backtrackInput.value === '') syncControls();
      else act({ type: 'backtrack', hours: backtrackInput.valueAsNumber });
    });

    return {
      render: () => render(0),
      tour(change) {
        state = stateAt(change.to);
        render();
        frame.announce(tourText(change.to, state, s));
      },
      link: () => ({ state, step: frame.clock.status().index }),
      opening: () => momentSentence(state, s),
      stop: () => clearTimeout(settle),
    };
  },
});
