import type { Root } from 'mdast';
import type {} from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { factAreas, hasFact } from './facts.ts';

/** Which attribute of which component names fact ids (space-separated where several are allowed). */
const ATTRS: Record<string, string[]> = { Fact: ['id'], KeyNumbers: ['facts'], Callout: ['fact'] };

/**
 * Fails the build, naming the file and line, when an MDX page refers to a fact id the registry does
 * not have (`<Fact id>`, `<KeyNumbers facts>`, `<Callout fact>`) or lists an area that does not exist
 * (`<FactList area>`). Components check again when they render; this gives the line.
 */
export function remarkFactIds() {
  return (tree: Root, file: VFile) => {
    visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const where = `${file.path}:${node.position?.start.line ?? 0}`;
      const attrs = new Map<string, unknown>();
      for (const a of node.attributes) if (a.type === 'mdxJsxAttribute') attrs.set(a.name, a.value);
      const name = node.name ?? '';
      if (name === 'FactList') {
        const area = attrs.get('area');
        if (typeof area !== 'string' || !factAreas().some((a) => a.area === area)) {
          throw new Error(`${where}: <FactList area="${String(area)}">: no content/facts/${String(area)}.json`);
        }
      }
      for (const attr of ATTRS[name] ?? []) {
        const value = attrs.get(attr);
        if (value === undefined) {
          if (name === 'Fact') throw new Error(`${where}: <Fact> needs an id="…" from content/facts/*.json`);
          continue;
        }
        if (typeof value !== 'string') throw new Error(`${where}: <${name} ${attr}> must be a plain string of fact ids`);
        for (const id of value.split(/\s+/).filter(Boolean)) {
          if (!hasFact(id)) throw new Error(`${where}: <${name} ${attr}="…"> names unknown fact id "${id}" (see content/facts/*.json)`);
        }
      }
    });
  };
}
