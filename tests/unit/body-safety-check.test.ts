import { afterAll, describe, expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { bodySafetyCheck } from '../../src/integrations/body-safety-check';
import { mdxCompiler, siteMarkdownProcessor } from '../../src/integrations/site-markdown';

const scratch = mkdtempSync(join(tmpdir(), 'hat-body-check-'));
const content = join(scratch, 'content');
cpSync(fileURLToPath(new URL('../../content/faqs', import.meta.url)), join(content, 'faqs'), { recursive: true });
mkdirSync(join(content, 'pages'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A logger that remembers what it was told. */
const recorder = () => {
  const errors: string[] = [];
  return { errors, logger: { error: (m: string) => errors.push(m), warn: () => {}, info: () => {} } };
};
const config = { markdown: { processor: siteMarkdownProcessor('/') }, srcDir: pathToFileURL(join(scratch, 'src/')) };
const write = (file: string, text: string) => {
  writeFileSync(join(content, file), text);
  return () => rmSync(join(content, file));
};
type Handler = (code: string, id: string) => unknown;
const handlerOf = (plugin: Plugin) => (plugin.transform as { handler: Handler }).handler;

/** Both halves of the check, with their hooks run as Astro runs them; resolves to the Vite plugins they added. */
async function runCheck(command: 'build' | 'dev', logger: object) {
  const { beforeMdx, afterMdx } = bodySafetyCheck(content);
  const plugins: Plugin[] = [];
  const updateConfig = ({ vite }: { vite: { plugins: Plugin[] } }) => plugins.push(...vite.plugins);
  for (const half of [beforeMdx, afterMdx]) half.hooks['astro:config:setup']!({ command, logger, config, updateConfig } as never);
  for (const half of [beforeMdx, afterMdx]) await half.hooks['astro:config:done']!({ config, logger } as never);
  return { plugins, beforeMdx };
}

// why: the hooks are called here as Astro calls them, with the site's real Markdown processor and
// MDX compiler, a stand-in logger and file watcher; real builds are in tests/integration/.
describe('bodySafetyCheck', () => {
  it('stays quiet when every body is fine', async () => {
    const { errors, logger } = recorder();
    await expect(runCheck('build', logger)).resolves.toBeDefined();
    expect(errors).toEqual([]);
  });

  it('fails the build, and logs in dev, naming file, line and reason of HTML in a .md body', async () => {
    const remove = write('faqs/bad.md', '---\nquestion: x\n---\n\n<script>x</script>\n');
    await expect(runCheck('build', recorder().logger)).rejects.toThrow('content/faqs/bad.md line 5: <script> is not allowed in an FAQ answer');
    const { errors, logger } = recorder();
    await runCheck('dev', logger);
    expect(errors.join('\n')).toContain('content/faqs/bad.md line 5: <script> is not allowed in an FAQ answer');
    remove();
  });

  it('names every problem at once: too deep, crashing the compiler on trial, HTML in .md, code in compiled .mdx', async () => {
    const removes = [
      write('pages/deep.mdx', `---\ntitle: x\n---\n\n${'>'.repeat(10_000)} x\n`),
      write('pages/crash.mdx', `---\ntitle: x\n---\n\n{${'['.repeat(10_000)}${']'.repeat(10_000)}}\n`),
      write('pages/tab.mdx', '---\ntitle: x\n---\n\nexport\tconst x = 1\n'),
      write('faqs/bad.md', '---\nquestion: x\n---\n\n[x](javascript:alert(1))\n'),
    ];
    const error = await runCheck('build', recorder().logger).catch((e: Error) => e);
    expect(String(error)).toContain('Some content contains something that is not allowed in a page body:');
    for (const line of [
      'content/pages/deep.mdx line 5: This line is nested too deeply (10000 levels',
      'content/pages/crash.mdx line 1: This text is nested or repeated so deeply that the site cannot build it safely.',
      'content/pages/tab.mdx line 5: This line starts with "export", which the site would run as code. Remove it, or put a word before it.',
      'content/faqs/bad.md line 5: A link to "javascript:" can run code, which is not allowed in an FAQ answer.',
    ]) {
      expect(String(error)).toContain(line);
    }
    for (const remove of removes) remove();
  });

  it('measures each MDX body again just before the MDX compiler reads it', async () => {
    const { plugins } = await runCheck('build', recorder().logger);
    const plugin = plugins.find((p) => p.name === 'hat:body-limits')!;
    expect(plugin.enforce).toBe('pre');
    const transform = handlerOf(plugin);
    expect(transform('---\ntitle: x\n---\n\nFine.\n', join(content, 'pages', 'fine.mdx'))).toBeNull();
    expect(() => transform(`---\ntitle: x\n---\n\n${'> '.repeat(50)}x\n`, join(content, 'pages', 'deep.mdx'))).toThrow('content/pages/deep.mdx line 5: This line is nested too deeply (50 levels');
    expect(() => transform(`{${'('.repeat(20_000)}${')'.repeat(20_000)}}\n`, join(content, 'pages', 'crash.mdx'))).toThrow('nested or repeated so deeply');
    expect(transform(`${'> '.repeat(50)}x\n`, join(scratch, 'elsewhere.mdx'))).toBeNull();
  });

  it("refuses a compiled body straight after the MDX compiler's transform, and insists on coming after it", async () => {
    const { plugins } = await runCheck('build', recorder().logger);
    const plugin = plugins.find((p) => p.name === 'hat:compiled-body-check')!;
    expect(plugin.enforce).toBe('pre');
    const source = '---\ntitle: x\n---\n\nexport\tconst x = 1\n\nText.\n';
    const remove = write('pages/gate.mdx', source);
    const compiled = await (await mdxCompiler(config))(source, join(content, 'pages', 'gate.mdx'));
    expect(() => handlerOf(plugin)(compiled, join(content, 'pages', 'gate.mdx'))).toThrow('content/pages/gate.mdx line 5: This line starts with "export"');
    remove();
    const resolved = (names: string[]) => (plugin.configResolved as (c: object) => void)({ plugins: names.map((name) => ({ name })) });
    expect(() => resolved(['@mdx-js/rolldown', 'hat:compiled-body-check'])).not.toThrow();
    expect(() => resolved(['hat:compiled-body-check', '@mdx-js/rolldown'])).toThrow('must come after mdx()');
    expect(() => resolved(['hat:compiled-body-check'])).toThrow('must come after mdx()');
  });

  it('in dev, checks a content file again when it is saved, and ignores other files', async () => {
    const { errors, logger } = recorder();
    const { beforeMdx } = await runCheck('dev', recorder().logger);
    const watcher = Object.assign(new EventEmitter(), { add: () => {} });
    beforeMdx.hooks['astro:server:setup']!({ server: { watcher }, logger } as never);
    const saved = join(content, 'faqs', 'saved.md');
    writeFileSync(saved, '---\nquestion: x\n---\nFine <b>bold</b>\n');
    watcher.emit('change', saved);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('content/faqs/saved.md line 4: <b> is not allowed in an FAQ answer');
    const page = join(content, 'pages', 'saved.mdx');
    writeFileSync(page, '---\ntitle: x\n---\n\nSum {1+1}.\n');
    watcher.emit('change', page);
    expect(errors).toHaveLength(2);
    expect(errors[1]).toContain('content/pages/saved.mdx line 5: Text in curly braces {1+1} is read as code, which is not allowed in a page.');
    const outside = join(scratch, 'notes.md');
    writeFileSync(outside, '<script>x</script>\n');
    watcher.emit('change', outside);
    watcher.emit('change', join(content, 'faqs', 'deleted.md'));
    expect(errors).toHaveLength(2);
    rmSync(saved);
    rmSync(page);
  });
});
