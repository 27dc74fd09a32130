import * as core from './workflow.js';
import type { SourceLocation } from './errors.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  title?: string;
  location?: SourceLocation;
}

/**
 * GitHub keeps at most 10 annotations of each level per step (50 per job) and silently drops the
 * rest. We emit up to the cap and keep the overflow so it can go into the job summary instead.
 * One error slot is reserved for the step's final failure message, so it is never the one dropped.
 */
export const ANNOTATIONS_PER_LEVEL = 10;

export class AnnotationEmitter {
  private readonly emitted: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  readonly overflow: Annotation[] = [];
  readonly all: Annotation[] = [];
  /**
   * Set by an action whose own job summary already lists every finding: the entry wrapper then does
   * not append the overflow table as well (the same rows twice, on the way to the 1 MiB limit).
   */
  overflowInSummary = false;

  constructor(
    private readonly sink: (a: Annotation) => void = defaultSink,
    private readonly perLevel = ANNOTATIONS_PER_LEVEL,
  ) {}

  add(annotation: Annotation): boolean {
    this.all.push(annotation);
    const cap = annotation.level === 'error' ? this.perLevel - 1 : this.perLevel;
    if (this.emitted[annotation.level] >= cap) {
      this.overflow.push(annotation);
      return false;
    }
    this.emitted[annotation.level]++;
    this.sink(annotation);
    return true;
  }

  error(message: string, location?: SourceLocation, title?: string): boolean {
    return this.add({ level: 'error', message, location, title });
  }
  warning(message: string, location?: SourceLocation, title?: string): boolean {
    return this.add({ level: 'warning', message, location, title });
  }
  notice(message: string, location?: SourceLocation, title?: string): boolean {
    return this.add({ level: 'notice', message, location, title });
  }

  /** The reserved final error; always emitted. */
  fail(message: string, location?: SourceLocation, title?: string): void {
    const annotation: Annotation = { level: 'error', message, location, title };
    this.all.push(annotation);
    this.emitted.error++;
    this.sink(annotation);
    process.exitCode = core.ExitCode.Failure;
  }

  count(level: AnnotationLevel): number {
    return this.emitted[level];
  }
}

function toProperties(a: Annotation): core.AnnotationProperties {
  const props: core.AnnotationProperties = {};
  if (a.title) props.title = a.title;
  if (a.location?.file) props.file = a.location.file;
  if (a.location?.line) props.startLine = a.location.line;
  if (a.location?.endLine) props.endLine = a.location.endLine;
  if (a.location?.column) props.startColumn = a.location.column;
  return props;
}

function defaultSink(a: Annotation): void {
  const props = toProperties(a);
  if (a.level === 'error') core.error(a.message, props);
  else if (a.level === 'warning') core.warning(a.message, props);
  else core.notice(a.message, props);
}

/** One emitter per process: every module of an action shares the step's caps. */
export const annotations = new AnnotationEmitter();
