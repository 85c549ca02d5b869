/**
 * Components every note may use without importing them. Interactive diagrams register here when they
 * land (see src/diagrams/README.md).
 */
export const mdxComponents: Record<string, unknown> = {};
