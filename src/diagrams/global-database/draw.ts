/**
 * Drawing with d3. The picture is the scene for the current state
 * (layout.ts); arcs and markers move to their new places over `duration`.
 * On top, a dot travels along a replication arc to show changes arriving.
 * With a duration of 0 (reduced motion) nothing moves: the end state is drawn.
 */
import { select } from 'd3-selection';
import { clearMessages, MESSAGE, messageLayer, type Activity } from '../kit/scene-d3';
import type { RegionCode } from './model';


/** Sends a dot along the arcs to `codes`, starting after `delay` ms and taking `leg` ms. */
export function animateReplication(
  svg: SVGSVGElement,
  codes: readonly RegionCode[],
  delay: number,
  leg: number,
  activity: Activity,
): void {
  const messages = messageLayer(svg);
  if (!messages || leg <= 0) return;
  clearMessages(svg);
  for (const code of codes) {
    const arc = svg.querySelector<SVGPathElement>(`[data-key="arcs"] > [data-key="arc-${code}"]`);
    if (!arc || typeof arc.getTotalLength !== 'function') continue;
    const start = arc.getPointAtLength(0);
    const moving = select(messages)
      .append('circle')
      .attr('class', 'gd-msg')
      .attr('r', 4.5)
      .attr('transform', `translate(${start.x},${start.y})`)
      .transition(MESSAGE)
      .delay(delay)
      .duration(leg)
      .attrTween('transform', () => (t: number) => {
        const length = arc.getTotalLength();
        const point = arc.getPointAtLength(t * length);
        return `translate(${point.x},${point.y})`;
      })
      .remove();
    activity.track(moving);
  }
}
