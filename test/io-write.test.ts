import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UserError } from '../src/errors.ts';
import { exitCodeOf } from '../src/cli/exit-codes.ts';
import { writeFileAtomic } from '../src/io/write.ts';

// The step of a write that fails, to stand for a crash, a full disk or a killed process at that moment.
const fault = vi.hoisted(() => ({ at: '' as '' | 'write' | 'rename' }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    writeFileSync: (...args: Parameters<typeof fs.writeFileSync>) => {
      if (fault.at === 'write') {
        fs.writeFileSync(args[0], String(args[1]).slice(0, 10)); // half the file reached the disk
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      }
      return fs.writeFileSync(...args);
    },
    renameSync: (...args: Parameters<typeof fs.renameSync>) => {
      if (fault.at === 'rename') throw Object.assign(new Error('interrupted'), { code: 'EINTR' });
      return fs.renameSync(...args);
    },
  };
});

afterEach(() => {
  fault.at = '';
});

const OLD = 'en,ar,status\r\nSeoul,سيول,approved\r\n';
const NEW = 'en,ar,status\r\nSeoul,سيول,approved\r\nTokyo,طوكيو,proposed\r\n';

function folderWithGlossary(): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'aligner-write-'));
  const path = join(dir, 'glossary.csv');
  writeFileSync(path, OLD);
  return { dir, path };
}

describe('atomic writes', () => {
  it('replace the file whole and leave nothing beside it', () => {
    const { dir, path } = folderWithGlossary();
    writeFileAtomic(path, NEW);
    expect(readFileSync(path, 'utf8')).toBe(NEW);
    expect(readdirSync(dir)).toEqual(['glossary.csv']);
  });

  it.each(['write', 'rename'] as const)('interrupted at the %s step, leave the old file intact and no temporary file', (at) => {
    const { dir, path } = folderWithGlossary();
    fault.at = at;
    let error: unknown;
    try {
      writeFileAtomic(path, NEW);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect(exitCodeOf((error as UserError).kind)).toBe(6);
    expect((error as UserError).message).toMatch(/glossary\.csv: cannot write \((ENOSPC|EINTR)\)/);
    expect(readFileSync(path, 'utf8')).toBe(OLD);
    expect(readdirSync(dir)).toEqual(['glossary.csv']);
  });

  it('create missing folders of the output path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aligner-write-'));
    writeFileAtomic(join(dir, 'a/b/links.jsonl'), '{}\n');
    expect(readFileSync(join(dir, 'a/b/links.jsonl'), 'utf8')).toBe('{}\n');
  });
});
