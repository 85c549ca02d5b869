import { join } from 'node:path';
import type { Plugin } from 'vite';
import { checkRegistry, figures, FACTS_DIR, loadAreas } from './facts.ts';

const ID = 'virtual:fact-figures';
const RESOLVED = `\0${ID}`;

/**
 * Serves `virtual:fact-figures`: every registered fact's value, unit and status (no statements or
 * sources), so a diagram island that reads a few figures carries a few hundred bytes, not the registry.
 */
export function factFigures(): Plugin {
  return {
    name: 'fact-figures',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const areas = loadAreas();
      checkRegistry(areas);
      for (const a of areas) this.addWatchFile(join(FACTS_DIR, `${a.area}.json`));
      return `export default ${JSON.stringify(figures(areas))};`;
    },
  };
}
