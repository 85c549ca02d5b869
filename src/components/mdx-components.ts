import Quorum from '../diagrams/quorum/Quorum.astro';

/**
 * Components every note may use without importing them: the interactive diagrams
 * (see src/diagrams/README.md for adding one).
 */
export const mdxComponents = { Quorum };
