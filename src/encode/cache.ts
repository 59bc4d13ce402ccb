/**
 * On-disk embedding cache: one small file of float32 values per (model, text), so re-runs over the same
 * sentences do not re-embed them. Keys hash the model key and the exact input text.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const TOOL_NAME = 'aligner';

/** `$XDG_CACHE_HOME/aligner/embeddings`, else `~/.cache/aligner/embeddings`. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, TOOL_NAME, 'embeddings');
}

export interface EmbeddingCache {
  get(text: string): Float32Array | undefined;
  set(text: string, vector: Float32Array): void;
}

/** A folder per model key; a cache that cannot be written warns once and goes on without storing. */
export class DiskEmbeddingCache implements EmbeddingCache {
  private readonly dir: string;
  private broken = false;

  constructor(
    root: string,
    readonly modelKey: string,
    private readonly warn: (line: string) => void = (l) => process.stderr.write(l + '\n'),
  ) {
    // Readable enough to find by hand, unique by the hash of the whole key.
    const hash = createHash('sha256').update(modelKey).digest('hex').slice(0, 12);
    this.dir = join(root, `${modelKey.split('|')[0].replace(/[^\w.-]+/g, '_').slice(-48)}-${hash}`);
  }

  private path(text: string): string {
    const h = createHash('sha256').update(this.modelKey).update('\0').update(text).digest('hex');
    return join(this.dir, h.slice(0, 2), `${h}.f32`);
  }

  get(text: string): Float32Array | undefined {
    const p = this.path(text);
    if (!existsSync(p)) return undefined;
    try {
      const b = readFileSync(p);
      if (b.length === 0 || b.length % 4 !== 0) return undefined;
      // Copy into an aligned buffer of its own.
      return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.length));
    } catch {
      return undefined;
    }
  }

  set(text: string, vector: Float32Array): void {
    if (this.broken) return;
    const p = this.path(text);
    const tmp = `${p}.${process.pid}.tmp`;
    try {
      mkdirSync(join(p, '..'), { recursive: true });
      writeFileSync(tmp, new Uint8Array(vector.buffer, vector.byteOffset, vector.byteLength));
      renameSync(tmp, p);
    } catch (e) {
      rmSync(tmp, { force: true });
      this.broken = true;
      this.warn(`warning: embedding cache ${this.dir} is not writable (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); going on without it`);
    }
  }
}
