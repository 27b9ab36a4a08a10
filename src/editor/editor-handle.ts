/** What an example needs from an editor, whichever one is loaded (Monaco or the plain fallback). */
export interface EditorMarker {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export interface EditorHandle {
  getValue(): string;
  setValue(value: string): void;
  focus(): void;
  revealPosition(line: number, column: number): void;
  setErrorMarkers(markers: readonly EditorMarker[]): void;
  /** Marks the line the step-through panel is at (null: none), scrolling to it without taking focus. */
  highlightLine(line: number | null): void;
  /** Removes the editor and forgets its file (the playground replacing its program). */
  dispose(): void;
}

export interface EditorOptions {
  readonly value: string;
  /** A unique path for the editor's model, e.g. `why-async/sequential.ts`. */
  readonly modelPath: string;
  /** The accessible name of the editing area. */
  readonly label: string;
  onChange(value: string): void;
  /** Ctrl/Cmd+Enter inside the editor. */
  onRun(): void;
  /** Escape then Tab (or Shift+Tab): the keyboard way out of an editor that uses Tab to indent. */
  onLeave(direction: 'forward' | 'backward'): void;
}
