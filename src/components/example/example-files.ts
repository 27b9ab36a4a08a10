/**
 * The files of one `<code-example>`: what the build embeds for it, and how a set of
 * sources is keyed to find the program compiled ahead of time for exactly those sources.
 */
import type { SourceFile } from '../../runtime/compile-options';
import type { CompiledProgram } from '../../runtime/protocol';
import type { EditorHandle } from '../../editor/editor-handle';

/** What the build embeds in `<script type="application/json" data-program>`. */
export interface EmbeddedProgram {
  readonly files: readonly SourceFile[];
  readonly program: CompiledProgram | null;
}

/** One file of an example: the code as written, the code now, and its editor once loaded. */
export interface ExampleFile {
  readonly name: string;
  original: string;
  source: string;
  editor: EditorHandle | null;
}

/** The key that identifies a set of sources, for programs compiled ahead of time. */
export const sourcesKey = (sources: readonly string[]): string => JSON.stringify(sources);

/** The example's files and precompiled program as the build embedded them (one empty file if none). */
export function readEmbeddedProgram(root: HTMLElement, fallbackName: string): EmbeddedProgram {
  const embedded = root.querySelector<HTMLScriptElement>('script[data-program]');
  return embedded?.textContent
    ? (JSON.parse(embedded.textContent) as EmbeddedProgram)
    : { files: [{ name: fallbackName, source: '' }], program: null };
}

export const toExampleFiles = (files: readonly SourceFile[]): ExampleFile[] =>
  files.map(({ name, source }) => ({ name, original: source, source, editor: null }));
