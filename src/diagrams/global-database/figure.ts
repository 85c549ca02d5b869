/** The Global Database figure where it starts (kit/figure-spec.ts): the server renders it, the island starts from it. */
import { defineFigure } from '../kit/figure-spec';
import { statusOf } from './describe';
import { sceneOf } from './layout';
import { initial } from './model';
import { TOUR } from './timeline';

export const figure = defineFigure({ name: 'global-database', initial, tour: TOUR, opening: statusOf, scene: sceneOf });
