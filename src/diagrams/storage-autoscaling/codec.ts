/**
 * The storage-autoscaling state in a link: `?storage-autoscaling=a100.m126.r20.b0.h24`
 *
 *   a100   allocated storage, GiB
 *   m126   maximum storage threshold, GiB (at least 10 % above the allocation)
 *   r20    writes, tenths of a GiB an hour (20 = 2 GiB an hour; halves only)
 *   b0     bulk load at 12:00, GiB (0: none)
 *   h24    hours of the day shown (0…24)
 *
 * Only canonical text decodes; anything else is null (the kit shows the default).
 */
import type { StateCodec } from '../kit/url-state';
import { clampHour, initial, isValid, type AutoscalingState, type Params } from './model';

const TOKEN = /^([amrbh])(0|[1-9][0-9]{0,5})$/;
const ORDER = ['a', 'm', 'r', 'b', 'h'] as const;

export function encodeState(state: AutoscalingState): string {
  const { allocated, max, rate, bulk } = state.params;
  return [`a${allocated}`, `m${max}`, `r${Math.round(rate * 10)}`, `b${bulk}`, `h${state.hour}`].join('.');
}

export function decodeState(raw: string): AutoscalingState | null {
  const tokens = raw.split('.');
  if (tokens.length !== ORDER.length) return null;
  const values: number[] = [];
  for (const [i, token] of tokens.entries()) {
    const match = TOKEN.exec(token);
    if (!match || match[1] !== ORDER[i]) return null;
    values.push(Number(match[2]));
  }
  const [allocated = 0, max = 0, rateTenths = 0, bulk = 0, hour = -1] = values;
  const params: Params = { allocated, max, rate: rateTenths / 10, bulk };
  if (!isValid(params) || clampHour(hour) !== hour) return null;
  return { params, hour };
}

export const autoscalingCodec: StateCodec<AutoscalingState> = {
  name: 'storage-autoscaling',
  initial: () => initial(),
  encode: encodeState,
  decode: decodeState,
};
