import { spawnSync } from 'node:child_process';
import { describe, expect, it } from '@jest/globals';

// The API process as `npm start` runs it, from source: a bad configuration must end it with one clear line.
function startApiProcess(env: Record<string, string>) {
  const result = spawnSync(
    process.execPath,
    ['--import', '@swc-node/register/esm-register', 'apps/api/src/main.ts'],
    {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'silent', ...env },
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return { code: result.status, stderrLines: result.stderr.split('\n').filter((line) => line.trim() !== '') };
}

describe('starting with a bad configuration', () => {
  it('exits non-zero with one line naming PORT when PORT=abc', () => {
    const { code, stderrLines } = startApiProcess({ PORT: 'abc' });
    expect(code).not.toBe(0);
    expect(stderrLines).toEqual([expect.stringMatching(/^Invalid configuration: PORT .*"abc"/)]);
  });

  it('exits non-zero with one line naming DATABASE_URL when it is not a postgres URL', () => {
    const { code, stderrLines } = startApiProcess({ DATABASE_URL: 'mysql://root@localhost/neuland' });
    expect(code).not.toBe(0);
    expect(stderrLines).toEqual([expect.stringMatching(/^Invalid configuration: DATABASE_URL /)]);
  });

  it('exits non-zero with one line naming MEDIA_S3_URL when it lacks a key, a secret or a bucket', () => {
    const { code, stderrLines } = startApiProcess({ MEDIA_S3_URL: 'https://s3.example.org/' });
    expect(code).not.toBe(0);
    expect(stderrLines).toEqual([
      expect.stringMatching(/^Invalid configuration: MEDIA_S3_URL .*KEY:SECRET@/),
    ]);
  });

  it('exits non-zero with one line naming DATABASE_URL when nothing answers there', () => {
    const { code, stderrLines } = startApiProcess({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/neuland',
    });
    expect(code).not.toBe(0);
    expect(stderrLines).toEqual([
      expect.stringMatching(/^DATABASE_URL: cannot use the database at 127\.0\.0\.1:1/),
    ]);
  });

  it('refuses to start in production without a JWT_SECRET', () => {
    const { code, stderrLines } = startApiProcess({ NODE_ENV: 'production' });
    expect(code).not.toBe(0);
    expect(stderrLines).toEqual([
      expect.stringMatching(/^Invalid configuration: JWT_SECRET is required in production/),
    ]);
  });
});
