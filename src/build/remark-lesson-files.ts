import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { RemarkPlugin } from '@astrojs/markdown-remark';

/**
 * Lesson components that name a file beside the lesson (`<Example file="x.ts" />`,
 * `<Diagram file="x.svg" />`, `<Predict file="x.ts" />`). MDX gives components no way to
 * know which file they are rendered from, so this plugin adds a `dir` attribute with the
 * lesson's folder and checks at build time that every named file exists (`file`, and
 * `checkAgainst` and `files` of an Example).
 */
const COMPONENTS_WITH_FILES = new Set(['Example', 'Diagram', 'Predict']);

/** File names an element refers to besides `file`: a string attribute, or a literal array of strings. */
function otherFileNames(attributes: JsxAttribute[]): string[] {
  const names: string[] = [];
  for (const attribute of attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue;
    if (attribute.name === 'checkAgainst' && typeof attribute.value === 'string') names.push(attribute.value);
    if (attribute.name === 'files' && typeof attribute.value === 'object' && attribute.value !== null) {
      const expression = (attribute.value as { value?: string }).value ?? '';
      names.push(...[...expression.matchAll(/["']([^"']+)["']/g)].map((match) => match[1] ?? ''));
    }
  }
  return names;
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface MdastNode {
  type: string;
  name?: string | null;
  attributes?: JsxAttribute[];
  children?: MdastNode[];
  position?: { start: { line: number; column: number } };
}
interface VFileLike {
  path?: string;
  history: string[];
}

function* walk(node: MdastNode): Generator<MdastNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

export const remarkLessonFiles: RemarkPlugin = () => {
  return (tree, vfile): void => {
    const file = vfile as VFileLike;
    const mdxPath = file.path ?? file.history[0];
    if (!mdxPath) return;
    const lessonDir = dirname(mdxPath);
    for (const node of walk(tree as MdastNode)) {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') continue;
      if (!node.name || !COMPONENTS_WITH_FILES.has(node.name)) continue;
      const attributes = node.attributes ?? [];
      const fileAttribute = attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'file');
      const where = `${relative(process.cwd(), mdxPath)}:${node.position?.start.line ?? '?'}`;
      if (typeof fileAttribute?.value !== 'string') {
        throw new Error(`${where}: <${node.name}> needs a file="…" attribute naming a file beside the lesson.`);
      }
      for (const name of [fileAttribute.value, ...otherFileNames(attributes)]) {
        if (!existsSync(join(lessonDir, name))) {
          throw new Error(`${where}: <${node.name}> names "${name}", a file that does not exist in ${relative(process.cwd(), lessonDir)}/.`);
        }
      }
      attributes.push({ type: 'mdxJsxAttribute', name: 'dir', value: lessonDir });
      node.attributes = attributes;
    }
  };
};
