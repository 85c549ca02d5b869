import figures from 'virtual:fact-figures';
import { formatValue, type FactFigure, type Locale } from './fact-format.ts';

/**
 * What diagram models, timelines and strings use to read registered figures (content/facts/*.json).
 * It loads only values and units (`virtual:fact-figures`), never the statements, so islands stay small.
 * An unknown id, or a fact of the wrong shape, throws at import time: the build and the tests fail.
 */
function figure(id: string): FactFigure {
  const f = figures[id];
  if (!f) throw new Error(`unknown fact id "${id}" (see content/facts/*.json)`);
  return f;
}

/** A single-number fact, in its registered unit. */
export function factNumber(id: string): number {
  const { value } = figure(id);
  if (typeof value !== 'number') throw new Error(`fact "${id}" is not a single number`);
  return value;
}

/** A range fact (`{ min, max }`), in its registered unit. */
export function factRange(id: string): { min: number; max: number } {
  const { value } = figure(id);
  if (typeof value !== 'object') throw new Error(`fact "${id}" is not a range`);
  return value;
}

/** A single-number fact converted to milliseconds (from s, min or h). */
export function factMs(id: string): number {
  const { unit } = figure(id);
  const per: Partial<Record<FactFigure['unit'], number>> = { ms: 1, s: 1000, min: 60_000, h: 3_600_000 };
  const k = per[unit];
  if (!k) throw new Error(`fact "${id}" is in ${unit}, not a duration`);
  return factNumber(id) * k;
}

/** The fact's value as words for a diagram's strings: `60초` / `60 s`. */
export const factText = (id: string, locale: Locale): string => formatValue(figure(id).value, figure(id).unit, locale);

/** True when the figure is the diagram's own assumption rather than a documented AWS number. */
export const isAssumption = (id: string): boolean => figure(id).status === 'assumption';
