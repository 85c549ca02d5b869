import Fact from './Fact.astro';
import FactList from './FactList.astro';
import Caching from '../diagrams/caching/Caching.astro';
import SessionStore from '../diagrams/caching/SessionStore.astro';
import Clone from '../diagrams/clone/Clone.astro';
import Endpoints from '../diagrams/endpoints/Endpoints.astro';
import Failover from '../diagrams/failover/Failover.astro';
import Leaderboard from '../diagrams/leaderboard/Leaderboard.astro';
import GlobalDatabase from '../diagrams/global-database/GlobalDatabase.astro';
import Quorum from '../diagrams/quorum/Quorum.astro';
import Restore from '../diagrams/restore/Restore.astro';
import StorageAutoscaling from '../diagrams/storage-autoscaling/StorageAutoscaling.astro';

/**
 * Components every note may use without importing them: registered facts (`<Fact id>`, and
 * `<FactList>` for the Sources and What-changed pages; see content/facts/README.md) and the interactive
 * diagrams (see src/diagrams/README.md for adding one).
 */
export const mdxComponents = {
  Fact,
  FactList,
  Quorum,
  Failover,
  Clone,
  Restore,
  Endpoints,
  GlobalDatabase,
  StorageAutoscaling,
  Caching,
  SessionStore,
  Leaderboard,
};
