/** The quorum figure where it starts (kit/figure-spec.ts): the server renders it, the island starts from it. */
import { defineFigure } from '../kit/figure-spec';
import { statusOf } from './describe';
import { sceneOf } from './layout';
import { initial, shown } from './model';
import { TOUR } from './timeline';

export const figure = defineFigure({
  name: 'quorum',
  initial,
  tour: TOUR,
  /** The shown design's status as a sentence: capitalised, with a full stop. */
  opening: (state, s) => `${statusOf(shown(state), s).replace(/^./, (c) => c.toUpperCase())}.`,
  scene: sceneOf,
});
