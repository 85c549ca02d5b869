/**
 * `npm run facts:stale [-- --days=180] [--today=YYYY-MM-DD]`: lists registry facts last checked more
 * than `days` ago, oldest first, with the page to check them against. It never fails the build: age is
 * a reminder, not an error. Exit code 0 either way.
 */
import { checkRegistry, loadAreas, staleFacts } from '../src/lib/facts.ts';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const days = Number(arg('days') ?? 180);
const today = arg('today') ? new Date(`${arg('today')}T00:00:00Z`) : new Date();
if (!Number.isFinite(days) || Number.isNaN(today.getTime())) {
  console.error('usage: npm run facts:stale -- [--days=180] [--today=YYYY-MM-DD]');
  process.exit(2);
}
const areas = loadAreas();
checkRegistry(areas);
const all = areas.flatMap((a) => a.facts.map((f) => ({ ...f, file: a.file })));
const stale = staleFacts(all, today, days);
if (!stale.length) {
  console.log(`All ${all.length} facts were checked within the last ${days} days.`);
} else {
  console.log(`${stale.length} of ${all.length} facts were last checked more than ${days} days ago:`);
  for (const { fact, age } of stale) {
    const file = (fact as (typeof all)[number]).file;
    console.log(`- ${fact.id} (${file}): checked ${fact.checked}, ${age} days ago — ${fact.source}`);
  }
}
const pinned = all.filter((f) => f.noFragment).length;
if (pinned) console.log(`(${pinned} facts link a whole page without a #fragment; pin the section when you next check them.)`);
