/**
 * Drawing with d3. The picture is the scene for the current state
 * (layout.ts); on top of it, a write or read sends dots from the writer to
 * each copy and back from those that answer, in the order they answered.
 * With a duration of 0 (reduced motion) nothing moves: the end state is drawn.
 */
import { select } from 'd3-selection';
import { easeCubicInOut } from 'd3-ease';
import { applyScene, clearMessages, MESSAGE, messageLayer, type Activity } from '../kit/scene-d3';
import { stopMoving } from '../kit/transitions';
import { shown, type QuorumState } from './model';
import type { Fit } from '../kit/fit';
import { answersOf, portOf, sceneOf, writerPort } from './layout';
import type { QuorumStrings } from './strings';

const REVEAL = 'reveal';

/** Draws `state`; geometry moves over `duration` ms (0: at once). */
export function draw(
  svg: SVGSVGElement,
  state: QuorumState,
  s: QuorumStrings,
  duration: number,
  activity: Activity,
  fit: Fit,
): void {
  applyScene(svg, sceneOf(state, s, fit), { duration, activity });
  if (duration === 0) {
    clearMessages(svg);
    stopMoving(select(svg).selectAll('.q-badge'), REVEAL).attr('opacity', null);
  }
}

/** Animates the last write or read of the shown design: requests out, answers back. */
export function animateRequest(
  svg: SVGSVGElement,
  state: QuorumState,
  leg: number,
  activity: Activity,
  fit: Fit,
): void {
  const WRITER_PORT = writerPort(fit);
  const group = shown(state);
  const last = group.last;
  const layer = messageLayer(svg);
  if (!layer || leg <= 0 || !last || (last.type !== 'write' && last.type !== 'read')) return;
  clearMessages(svg);
  const answers = answersOf(group);
  const gap = leg / 3;
  for (const copy of group.copies) {
    if (copy.health === 'repairing') continue;
    const port = portOf(group.design, copy.id, fit);
    const lost = copy.health === 'down';
    const out = select(layer)
      .append('circle')
      .attr('class', lost ? 'q-msg q-msg-lost' : 'q-msg')
      .attr('r', 5)
      .attr('cx', WRITER_PORT.x)
      .attr('cy', WRITER_PORT.y);
    const going = out
      .transition(MESSAGE)
      .duration(lost ? leg * 0.6 : leg)
      .ease(easeCubicInOut)
      .attr('cx', lost ? WRITER_PORT.x + (port.x - WRITER_PORT.x) * 0.55 : port.x)
      .attr('cy', lost ? WRITER_PORT.y + (port.y - WRITER_PORT.y) * 0.55 : port.y);
    if (lost) going.attr('opacity', 0);
    going.remove();
    activity.track(going);

    const answer = answers.get(copy.id);
    if (!answer) continue;
    const delay = leg + answer.rank * gap;
    const back = select(layer)
      .append('circle')
      .attr('class', answer.inQuorum ? 'q-msg q-msg-back' : 'q-msg q-msg-back q-msg-late')
      .attr('r', 5)
      .attr('cx', port.x)
      .attr('cy', port.y)
      .attr('opacity', 0);
    const returning = back
      .transition(MESSAGE)
      .delay(delay)
      .duration(0)
      .attr('opacity', 1)
      .transition()
      .duration(leg)
      .ease(easeCubicInOut)
      .attr('cx', WRITER_PORT.x)
      .attr('cy', WRITER_PORT.y)
      .remove();
    activity.track(returning);

    const badge = svg.querySelector(`[data-key="copy-${copy.id}"] > [data-key="badge"]`);
    if (badge) {
      const reveal = select(badge).attr('opacity', 0).transition(REVEAL).delay(delay).duration(gap).attr('opacity', 1);
      activity.track(reveal);
    }
  }
}
