/** Shared shape of evaluations (`npm run eval`) and benchmarks (`npm run bench`). */

export interface RunContext {
  /** The development data folder (default ../shared/data). */
  dataDir: string;
  /** Small slices only (CI's smoke run): each module decides how to shrink its work. */
  smoke: boolean;
  /** Progress lines, to stderr. */
  log(line: string): void;
}

/** One measured figure. */
export interface Figure {
  metric: string;
  value: string;
  note?: string;
}

/** What one module measured, or why it could not. */
export interface Section {
  title: string;
  /** The command or setting that produced these figures, for the docs. */
  setting?: string;
  figures: Figure[];
  /** Set when the data the module needs is missing: the figures are then empty. */
  skipped?: string;
}

export interface Module {
  name: string;
  run(ctx: RunContext): Promise<Section[]>;
}
