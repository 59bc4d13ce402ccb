import { defineConfig } from 'vitest/config';

// The default `forks` pool: `vmThreads` breaks onnxruntime (Float32Array realm mismatch).
export default defineConfig({
  test: {
    pool: 'forks',
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
