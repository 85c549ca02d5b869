/**
 * Drawing with d3. The picture is the scene for the current state
 * (layout.ts); on top of it, a write, read or report sends a dot from the app
 * through its endpoint to the instance that serves it. With a duration of 0
 * (reduced motion) nothing moves: the end state is drawn.
 */
import { select } from 'd3-selection';
import { clearMessages, MESSAGE, messageLayer, type Activity } from '../kit/scene-d3';
import type { EndpointsState, Read } from './model';
import type { Fit } from '../kit/fit';
import { portOf, portsOf, type Point } from './layout';


function route(read: Read, fit: Fit): readonly [Point, Point, Point] {
  const ports = portsOf(fit);
  if (read.instance === 'writer') return [ports.service, ports.cluster, portOf('writer', fit)];
  if (read.app === 'analytics') return [ports.analytics, ports.custom, portOf(read.instance, fit)];
  return [ports.serviceReads, ports.reader, portOf(read.instance, fit)];
}

/** Sends one dot per statement of the last request, each `leg` ms per hop. */
export function animateRequests(
  svg: SVGSVGElement,
  state: EndpointsState,
  leg: number,
  activity: Activity,
  fit: Fit,
): void {
  const messages = messageLayer(svg);
  const last = state.last;
  if (!messages || leg <= 0 || !last) return;
  let routes: (readonly [Point, Point, Point])[] = [];
  let stale: boolean[] = [];
  if (last.type === 'write') {
    const ports = portsOf(fit);
    routes = [[ports.service, ports.cluster, portOf('writer', fit)]];
    stale = [false];
  } else if (last.type === 'read' || (last.type === 'report' && last.read)) {
    const reads = last.type === 'read' ? last.reads : last.read ? [last.read] : [];
    routes = reads.map((read) => route(read, fit));
    stale = reads.map((read) => read.stale);
  }
  if (routes.length === 0) return;
  clearMessages(svg);
  routes.forEach(([from, via, to], i) => {
    const moving = select(messages)
      .append('circle')
      .attr('class', stale[i] ? 'ep-msg is-stale' : 'ep-msg')
      .attr('r', 5)
      .attr('cx', from.x)
      .attr('cy', from.y)
      .transition(MESSAGE)
      .delay((i * leg) / 3)
      .duration(leg)
      .attr('cx', via.x)
      .attr('cy', via.y)
      .transition()
      .duration(leg)
      .attr('cx', to.x)
      .attr('cy', to.y)
      .remove();
    activity.track(moving);
  });
}
