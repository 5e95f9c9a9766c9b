import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The Docker image and CI's second Node must be the same LTS major, or CI tests a runtime nobody ships.
const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

describe('the Docker image and CI run one Node LTS', () => {
  const dockerfile = read('Dockerfile');
  const ci = read('.ci/run');
  const froms = [...dockerfile.matchAll(/^FROM node:(\d+)-[\w.-]+ AS (\w+)$/gm)];

  it('builds in two stages on one Node major, the one .ci/run tests', () => {
    expect(froms.map((m) => m[2])).toEqual(['build', 'runtime']);
    const major = /^LTS_MAJOR=(\d+)$/m.exec(ci)?.[1];
    expect(major).toBeDefined();
    expect(froms.map((m) => m[1])).toEqual([major, major]);
  });

  it('runs as the non-root user and ships the compiled build', () => {
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('FROM '));
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toContain('COPY --from=build /app/dist ./dist');
    expect(runtime).toMatch(/npm ci --omit=dev/);
  });
});
