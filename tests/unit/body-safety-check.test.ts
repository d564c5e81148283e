import { afterAll, describe, expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bodySafetyCheck } from '../../src/integrations/body-safety-check';

const scratch = mkdtempSync(join(tmpdir(), 'hat-body-check-'));
const content = join(scratch, 'content');
cpSync(fileURLToPath(new URL('../../content/faqs', import.meta.url)), join(content, 'faqs'), { recursive: true });
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A logger that remembers what it was told. */
const recorder = () => {
  const errors: string[] = [];
  return { errors, logger: { error: (m: string) => errors.push(m), warn: () => {}, info: () => {} } };
};

// why: the hooks are called here as Astro calls them, with a stand-in logger and file watcher,
// so dev behaviour is tested without starting a dev server.
describe('bodySafetyCheck', () => {
  const hooks = bodySafetyCheck(content).hooks;
  const setup = (command: 'build' | 'dev', logger: object) => hooks['astro:config:setup']!({ command, logger } as never);

  it('stays quiet when every body is fine', () => {
    const { errors, logger } = recorder();
    expect(() => setup('build', logger)).not.toThrow();
    expect(errors).toEqual([]);
  });

  it('fails the build, and logs in dev, naming file, line and reason', () => {
    writeFileSync(join(content, 'faqs', 'bad.md'), '---\nquestion: x\n---\n\n<script>x</script>\n');
    expect(() => setup('build', recorder().logger)).toThrow('content/faqs/bad.md:5:1  <script> is not allowed in an FAQ answer');
    const { errors, logger } = recorder();
    setup('dev', logger);
    expect(errors.join('\n')).toContain('content/faqs/bad.md:5:1  <script> is not allowed in an FAQ answer');
    rmSync(join(content, 'faqs', 'bad.md'));
  });

  it('in dev, checks a content file again when it is saved, and ignores other files', () => {
    const { errors, logger } = recorder();
    const watcher = Object.assign(new EventEmitter(), { add: () => {} });
    hooks['astro:server:setup']!({ server: { watcher }, logger } as never);
    const saved = join(content, 'faqs', 'saved.md');
    writeFileSync(saved, '---\nquestion: x\n---\nFine <b>bold</b>\n');
    watcher.emit('change', saved);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('content/faqs/saved.md:4:6  <b> is not allowed in an FAQ answer');
    const outside = join(scratch, 'notes.md');
    writeFileSync(outside, '<script>x</script>\n');
    watcher.emit('change', outside);
    watcher.emit('change', join(content, 'faqs', 'deleted.md'));
    expect(errors).toHaveLength(1);
  });
});
