import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** `npm run validate -- path`, as a curator runs it: its output and exit code. */
async function validate(path: string): Promise<{ out: string; code: number }> {
  try {
    const { stdout } = await run('node_modules/.bin/tsx', ['scripts/validate.ts', path]);
    return { out: stdout, code: 0 };
  } catch (e) {
    const { stdout, code } = e as { stdout: string; code: number };
    return { out: stdout, code };
  }
}

// Each case starts tsx in a child process: seconds on a busy machine.
describe('npm run validate on the marker rule', { timeout: 30_000 }, () => {
  it('fails on a sentence with no marker, naming the event, the field and the sentence', async () => {
    const { out, code } = await validate('tests/fixtures/broken/no-marker.json');
    expect(code).toBe(1);
    expect(out).toContain(
      'error   events[0] (talks).summary: sentence 2 has no citation marker: "They lasted eight hours."',
    );
    expect(out).toMatch(/no-marker\.json: 3 error\(s\), 1 warning\(s\); 0 valid event\(s\)/);
  });

  it('fails on a marker past the last citation', async () => {
    const { out, code } = await validate('tests/fixtures/broken/marker-out-of-range.json');
    expect(code).toBe(1);
    expect(out).toContain(
      'error   events[0] (talks).summary: sentence 2: marker [3] in "They lasted eight hours.[1][3]" points past the last citation; this event has 2 citations',
    );
  });

  it('warns, and passes, on a citation no sentence uses', async () => {
    const { out, code } = await validate('tests/fixtures/broken/unused-citation.json');
    expect(code).toBe(0);
    expect(out).toContain(
      'warning events[0] (talks).citations[1]: no sentence of the summary cites it (no marker [2])',
    );
    expect(out).toMatch(/0 error\(s\), 1 warning\(s\); 1 valid event\(s\)/);
  });

  it('prints the data’s control characters and line breaks as escapes, one problem a line', async () => {
    const { out, code } = await validate('tests/fixtures/broken/terminal-escapes.json');
    expect(code).toBe(1);
    // Nothing from the data reaches the terminal as a control: no escape, no line it forged.
    expect(out.includes('\u001b') || out.includes('\u202e')).toBe(false);
    expect(out.split('\n').filter((l) => l.startsWith('error   events[9]'))).toEqual([]);
    expect(out).toContain(
      '"Then\\u001b[31m red\\u000aerror   events[9] (forged): a line of its own\\u202e."',
    );
  });
});
