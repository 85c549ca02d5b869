/**
 * Time for the clock. The clock never touches timers itself: it asks a
 * scheduler, so tests can drive time by hand.
 */

export interface Scheduler {
  /** Milliseconds on a monotonic clock. */
  now(): number;
  /** Runs `task` after `ms` milliseconds; the returned function cancels it. */
  schedule(task: () => void, ms: number): () => void;
}

/** The browser's (or Node's) own timers. */
export function realScheduler(): Scheduler {
  return {
    now: () => performance.now(),
    schedule(task, ms) {
      const handle = setTimeout(task, Math.max(0, ms));
      return () => clearTimeout(handle);
    },
  };
}

/** A scheduler for tests: time moves only when `advance` is called. */
export interface ManualScheduler extends Scheduler {
  advance(ms: number): void;
  /** How many tasks are waiting. */
  pending(): number;
}

interface Task {
  readonly at: number;
  readonly order: number;
  readonly run: () => void;
}

export function manualScheduler(start = 0): ManualScheduler {
  let time = start;
  let order = 0;
  let tasks: Task[] = [];
  return {
    now: () => time,
    schedule(run, ms) {
      const task: Task = { at: time + Math.max(0, ms), order: order++, run };
      tasks.push(task);
      return () => {
        tasks = tasks.filter((t) => t !== task);
      };
    },
    advance(ms) {
      const until = time + ms;
      for (;;) {
        const due = tasks.filter((t) => t.at <= until).sort((x, y) => x.at - y.at || x.order - y.order)[0];
        if (!due) break;
        tasks = tasks.filter((t) => t !== due);
        time = due.at;
        due.run();
      }
      time = until;
    },
    pending: () => tasks.length,
  };
}
