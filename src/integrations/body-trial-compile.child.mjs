// The child process of body-trial-compile.ts: compiles each body it is given, as the build would,
// writing "done <n>" after each. If the compiler (Rust) crashes on a body, this process dies
// and the build, which started it, lives on.
import { readFileSync, writeSync } from 'node:fs';
import { markdownToHtml, mdxToJs } from 'satteri';

const { bodies, features } = JSON.parse(readFileSync(0, 'utf8'));
bodies.forEach(({ body, format }, index) => {
  try {
    if (format === 'mdx') mdxToJs(body, { features, jsxImportSource: 'astro', elementAttributeNameCase: 'html' });
    else markdownToHtml(body, { features });
  } catch {
    // why: a compile error is not a crash; the build reports it with the file's line.
  }
  writeSync(1, `done ${index}\n`);
});
