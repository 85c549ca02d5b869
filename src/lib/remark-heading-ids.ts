import type { Heading, Root } from 'mdast';
import type { MdxTextExpression } from 'mdast-util-mdx-expression';
import type {} from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** `## Title {/* #anchor-id *\/}`: the MDX comment that carries a heading's anchor id. */
const MARKER = /^\s*\/\*\s*#([a-z0-9]+(?:-[a-z0-9]+)*)\s*\*\/\s*$/;

export function headingIdFrom(node: Heading): string | undefined {
  const last = node.children.at(-1);
  if (last?.type !== 'mdxTextExpression') return undefined;
  return MARKER.exec((last as MdxTextExpression).value)?.[1];
}

/**
 * Gives every `##` and `###` heading the explicit anchor id written after it, so that a page and its
 * translation share ids (a reader switching language keeps their place). A heading without an id, with a
 * malformed one, or with an id used twice on the page fails the build naming the file and line.
 */
export function remarkHeadingIds() {
  return (tree: Root, file: VFile) => {
    const seen = new Map<string, number>();
    visit(tree, 'heading', (node: Heading) => {
      const line = node.position?.start.line ?? 0;
      const where = `${file.path}:${line}`;
      if (node.depth === 1) {
        throw new Error(`${where}: do not write an h1 (#); the layout renders the page title.`);
      }
      if (node.depth > 3) {
        throw new Error(`${where}: headings deeper than ### are not used; make it ### or plain text.`);
      }
      const id = headingIdFrom(node);
      if (!id) {
        throw new Error(
          `${where}: heading has no anchor id. End it with {/* #some-id */} (lowercase letters, digits, hyphens).`,
        );
      }
      const earlier = seen.get(id);
      if (earlier !== undefined) {
        throw new Error(`${where}: anchor id "#${id}" is already used on line ${earlier}.`);
      }
      seen.set(id, line);
      node.children.pop();
      const text = node.children.at(-1);
      if (text?.type === 'text') text.value = text.value.trimEnd();
      node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id } };
    });
  };
}
