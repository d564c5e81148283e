/**
 * Hostile MDX bodies: every trick we know for getting code past the body check (ESM with odd
 * whitespace and punctuation, expressions, JSX settings, HTML, entities, links, pictures, huge
 * and deeply nested text). Each payload tries to write a marker file, so a test can prove that
 * nothing ran. Each body must either be refused by the build, or render as plain text.
 */

/** One hostile body. */
export interface HostileBody {
  /** A short name, unique, for test titles and the page slug. */
  name: string;
  /** The body, after the frontmatter. */
  body: string;
  /** Extra frontmatter lines (YAML), e.g. `layout: ...`. */
  frontmatter?: string;
  /** When the body is let through: text its page must show, proving it rendered as text. */
  shows?: string;
  /** What the build must do with it, where that is certain. */
  expect?: 'refused' | 'text';
}

/**
 * Files the bodies point at, to put beside them in content/pages/: a script that writes the marker
 * when imported, and a real picture.
 * @example hostileFiles('/tmp/x/marker')['evil.js'] // 'globalThis.process...'
 */
export function hostileFiles(marker: string): Record<string, string | Buffer> {
  return {
    'evil.js': `globalThis.process.getBuiltinModule("node:fs").writeFileSync(${JSON.stringify(marker)}, "ran");\nexport default function Evil() { return ''; }\n`,
    // A 1×1 transparent PNG.
    'a.png': Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'),
  };
}

/** The closing line of every body: a page that shows it rendered to the end. */
export const endLine = (index: number): string => `Hostile body ${index} ends here.`;

// Whitespace and invisible characters that could stand between `export`/`import` and the code.
const SEPARATORS: Record<string, string> = {
  space: ' ',
  tab: '\t',
  'two tabs': '\t\t',
  'form feed': '\f',
  'vertical tab': '\v',
  'carriage return': '\r',
  'no-break space': '\u00a0',
  'em space': '\u2003',
  'ideographic space': '\u3000',
  'zero-width space': '\u200b',
  'line separator': '\u2028',
  'next line': '\u0085',
  BOM: '\ufeff',
};
// why: after these the compiler reads the line as code for certain (a line break only after export).
const ESM_SEPARATORS = { export: new Set(['space', 'tab', 'two tabs', 'carriage return']), import: new Set(['space', 'tab', 'two tabs']) };

/**
 * All hostile bodies; `marker` is the file every payload tries to write.
 * @example hostileBodies('/tmp/x/marker').length // > 200
 */
export function hostileBodies(marker: string): HostileBody[] {
  const m = JSON.stringify(marker);
  const viaImport = `(await import("node:fs")).writeFileSync(${m}, "ran")`;
  const viaProcess = `globalThis.process.getBuiltinModule("node:fs").writeFileSync(${m}, "ran")`;
  const dataModule = `data:text/javascript,${encodeURIComponent(`${viaProcess};export const x = 1;export default function D() { return ''; }`)}`;
  // The same payload in single quotes, to sit inside a "quoted" attribute.
  const inAttribute = viaProcess.replace(/"/g, "'");
  const cases: HostileBody[] = [];
  const add = (name: string, body: string, more: Omit<HostileBody, 'name' | 'body'> = {}) => cases.push({ name, body, ...more });

  // ESM: export/import followed by every separator.
  for (const [name, sep] of Object.entries(SEPARATORS)) {
    const exported = ESM_SEPARATORS.export.has(name) ? 'refused' : undefined;
    const imported = ESM_SEPARATORS.import.has(name) ? 'refused' : undefined;
    add(`export, ${name}, const`, `export${sep}const x = ${viaImport}\n`, { expect: exported, shows: 'writeFileSync' });
    add(`export, ${name}, function`, `export${sep}function f() { return ${viaProcess} }\n\nf()\n`, { expect: exported, shows: 'writeFileSync' });
    add(`import, ${name}, data module`, `import${sep}"${dataModule}"\n`, { expect: imported, shows: 'data:text/javascript' });
    add(`import, ${name}, named`, `import${sep}{ x } from "${dataModule}"\n`, { expect: imported, shows: 'data:text/javascript' });
    add(`leading ${name}, export`, `${sep}export const x = ${viaImport}\n`, { shows: 'writeFileSync' });
  }
  // ESM: punctuation straight after the keyword.
  add('export*from', `export*from"${dataModule}"\n`, { expect: 'refused' });
  add('export*as', `export*as ns from"${dataModule}"\n`, { expect: 'refused' });
  add('export{}from', `export{x}from"${dataModule}"\n`, { expect: 'refused' });
  add('export{} alone', `export{}\n\nconst y = ${viaProcess}\n`, { expect: 'refused' });
  add('import{}from', `import{x}from"${dataModule}"\n`, { expect: 'refused' });
  add('import*as', `import*as ns from"${dataModule}"\n`, { shows: 'data:text/javascript' });
  add('import(', `import("${dataModule}")\n`, { shows: 'data:text/javascript' });
  add('import.meta', `import.meta.env.x = ${viaProcess}\n`, { shows: 'writeFileSync' });
  add('export default', `export default ${viaProcess}\n`, { expect: 'refused' });
  add('export async function', `export async function f() { ${viaImport} }\n`, { expect: 'refused' });
  add('export let with comment', `export /* hi */ let x = ${viaProcess}\n`, { expect: 'refused' });
  add('export, line comment', `export // hi\nconst x = ${viaProcess}\n`, { expect: 'refused' });
  add('export;', `export;\n${viaProcess}\n`, { shows: 'writeFileSync' });
  add('export(', `export(${viaProcess})\n`, { shows: 'writeFileSync' });
  add('export[', `export[${viaProcess}]\n`, { shows: 'writeFileSync' });
  add('export backslash', `export\\\nconst x = ${viaProcess}\n`, { shows: 'writeFileSync' });
  add('export$', `export$ = ${viaProcess}\n`, { shows: 'writeFileSync' });
  add('import defer', `import defer * as ns from "${dataModule}"\n`, { expect: 'refused' });
  add('import source', `import source x from "${dataModule}"\n`, { expect: 'refused' });
  add('import with attributes', `import x from "${dataModule}" with { type: "js" }\n`, { expect: 'refused' });
  // ESM: line endings, containers and disguises.
  add('CRLF export', `Text.\r\n\r\nexport const x = ${viaImport}\r\n\r\nMore.\r\n`, { expect: 'refused' });
  add('CR-only export', `Text.\r\rexport const x = ${viaImport}\r\rMore.\r`, { expect: 'refused' });
  add('export after CR inside a paragraph', `Text\rexport const x = ${viaImport}\n`, { shows: 'writeFileSync' });
  add('export after LF inside a paragraph', `Text\nexport const x = ${viaImport}\n`, { shows: 'writeFileSync' });
  add('export in a quote', `> export const x = ${viaImport}\n`, { shows: 'writeFileSync' });
  add('export in a list', `- export const x = ${viaImport}\n`, { shows: 'writeFileSync' });
  add('export in an ordered list', `1. export const x = ${viaImport}\n`, { shows: 'writeFileSync' });
  add('export indented four spaces', `    export const x = ${viaImport}\n`, { shows: 'writeFileSync' });
  add('export in a code fence', `\`\`\`js\nexport const x = ${viaImport}\n\`\`\`\n`, { expect: 'text', shows: 'writeFileSync' });
  add('export in a heading', `## export const x = 1\n`, { expect: 'text', shows: 'export const x = 1' });
  add('export in a table', `| a |\n| - |\n| export const x = 1 |\n`, { shows: 'export const x = 1' });
  add('export after a hard break', `Text  \nexport const x = ${viaImport}\n`, { shows: 'writeFileSync' });
  add('zero-width inside export', `ex\u200bport const x = ${viaImport}\n`, { shows: 'writeFileSync' });
  add('soft hyphen inside export', `ex\u00adport const x = ${viaImport}\n`, { shows: 'writeFileSync' });
  add('entity for the x of export', `e&#120;port const x = 1\n`, { expect: 'text', shows: 'export const x = 1' });
  add('EXPORT in capitals', `EXPORT const x = ${viaImport}\n`, { expect: 'text', shows: 'writeFileSync' });
  add('Export with a capital', `Export const x = ${viaImport}\n`, { expect: 'text', shows: 'writeFileSync' });
  add('exports, a word', `exports rose by ten per cent\n`, { expect: 'text', shows: 'exports rose by ten per cent' });
  add('imported, a word', `imported drugs\n`, { expect: 'text', shows: 'imported drugs' });
  add('export as the whole body', `export\n`);
  add('BOM then export at the start', `\ufeffexport const x = ${viaImport}\n`, { shows: 'writeFileSync' });

  // Expressions, in flow and in text.
  const expressions: [string, string][] = [
    ['payload', viaImport],
    ['process payload', viaProcess],
    ['empty', ''],
    ['string', '"just text"'],
    ['block comment', '/* a comment */'],
    ['line comment', '// a comment\n'],
    ['arrow called', `(() => ${viaProcess})()`],
    ['template', `\`\${${viaProcess}}\``],
    ['eval', `eval(${JSON.stringify(viaProcess)})`],
    ['Function', `Function(${JSON.stringify(viaProcess)})()`],
    ['multi-line', `\n${viaProcess}\n`],
    ['object', `{ a: ${viaProcess} }`],
    ['JSX in expression', '<script>{1}</script>'],
    ['frontmatter', 'frontmatter.title'],
  ];
  for (const [name, code] of expressions) {
    add(`flow expression, ${name}`, `{${code}}\n`, { expect: 'refused' });
    add(`text expression, ${name}`, `Before {${code}} after.\n`, { expect: 'refused' });
  }
  add('expression in a heading', `## Title {${viaProcess}}\n`, { expect: 'refused' });
  add('expression in a link text', `[a {${viaProcess}}](https://example.org)\n`, { expect: 'refused' });
  add('expression in a table cell', `| a |\n| - |\n| {${viaProcess}} |\n`, { expect: 'refused' });
  add('expression in a footnote', `Text[^1]\n\n[^1]: {${viaProcess}}\n`, { expect: 'refused' });
  add('expression in a quote', `> {${viaProcess}}\n`, { expect: 'refused' });
  add('expression in a list', `- {${viaProcess}}\n`, { expect: 'refused' });
  add('expression after an escaped backslash', `a \\\\{${viaProcess}}\n`, { expect: 'refused' });
  add('escaped brace', `a \\{${viaProcess}\\}\n`, { expect: 'text', shows: 'writeFileSync' });
  add('brace entity', `a &#123;${viaProcess}&#125;\n`, { expect: 'text', shows: 'writeFileSync' });
  add('brace hex entity', `a &#x7B;1+1&#x7D;\n`, { expect: 'text', shows: '{1+1}' });
  add('brace named entity', `a &lbrace;1+1&rbrace;\n`, { expect: 'text', shows: '{1+1}' });
  add('brace in inline code', `a \`{${viaProcess}}\`\n`, { expect: 'text', shows: 'writeFileSync' });
  add('brace in a code fence', `\`\`\`\n{${viaProcess}}\n\`\`\`\n`, { expect: 'text', shows: 'writeFileSync' });
  add('brace in a link address', `[brace link](https://example.org/{x})\n`, { shows: 'brace link' });
  add('brace in picture text', `Picture: ![a {x}](https://example.org/a.png)\n`, { shows: 'Picture:' });

  // JSX: editor components with code or unknown settings.
  add('component setting is code', `<Callout text={${viaProcess}} />\n`, { expect: 'refused' });
  add('component spread', `<Callout {...${viaProcess}} text="x" />\n`, { expect: 'refused' });
  add('component string expression', `<Callout text="x" title={"y"} />\n`, { expect: 'refused' });
  add('component template setting', `<Callout text={\`\${${viaProcess}}\`} />\n`, { expect: 'refused' });
  add('component with children code', `<Callout text="x">{${viaProcess}}</Callout>\n`, { expect: 'refused' });
  add('component with children', `<Callout text="x">Hello</Callout>\n`, { expect: 'refused' });
  add('component setting without value', `<Callout text="x" title />\n`, { expect: 'refused' });
  add('component event handler', `<Callout text="x" onClick="${inAttribute}" />\n`, { expect: 'refused' });
  add('component set:html', `<Callout text="x" set:html="<script>1</script>" />\n`, { expect: 'refused' });
  add('Figure source is code', `<Figure src={${viaProcess}} alt="a" />\n`, { expect: 'refused' });
  add('component in a sentence', `See <KeyFigure value="1" label="l" source="s" date="d" /> here.\n`, { expect: 'refused' });
  add('component in a quote', `> <Callout text="x" title={${viaProcess}} />\n`, { expect: 'refused' });
  add('JSX comment', `{/* <script>${viaProcess}</script> */}\n\nText.\n`, { expect: 'refused' });
  // JSX: unknown components and elements.
  for (const tag of ['Unknown', 'Danger', 'Fragment', 'MDXLayout', 'Content', 'Callout.Inner', 'props.components.Callout', '_components.script', 'a:b', 'x-y', 'my-widget', 'callout', 'div', 'span', 'svg', 'math', 'template', 'slot']) {
    add(`element <${tag}>`, `<${tag} data-x="1" />\n\nText.\n`, { expect: 'refused' });
  }
  add('empty fragment', `<>Text</>\n`, { expect: 'refused' });
  add('custom element with handler', `<my-widget onload="${inAttribute}">x</my-widget>\n`, { expect: 'refused' });
  add('svg onload', `<svg onload="${inAttribute}" />\n`, { expect: 'refused' });
  add('img onerror', `<img src="x" onerror="${inAttribute}" />\n`, { expect: 'refused' });
  add('JSX anchor to javascript', `<a href="javascript:${encodeURIComponent(viaProcess)}">x</a>\n`, { expect: 'refused' });

  // HTML blocks and inline HTML.
  const html: [string, string][] = [
    ['script', `<script>${viaProcess}</script>`],
    ['script src', `<script src="${dataModule}"></script>`],
    ['SCRIPT in capitals', `<SCRIPT>${viaProcess}</SCRIPT>`],
    ['script type module', `<script type="module">${viaImport}</script>`],
    ['style', '<style>body { display: none }</style>'],
    ['iframe', '<iframe src="https://example.org"></iframe>'],
    ['iframe srcdoc', '<iframe srcdoc="<script>parent.x=1</script>"></iframe>'],
    ['object', '<object data="https://example.org/x.swf"></object>'],
    ['embed', '<embed src="https://example.org/x.swf" />'],
    ['div onclick', `<div onclick="${inAttribute}">x</div>`],
    ['p onmouseover', `<p onmouseover="${inAttribute}">x</p>`],
    ['details ontoggle', `<details open ontoggle="${inAttribute}">x</details>`],
    ['base', '<base href="https://example.org/" />'],
    ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://example.org" />'],
    ['link import', '<link rel="import" href="https://example.org/x.html" />'],
    ['form action', '<form action="javascript:alert(1)"><button>x</button></form>'],
    ['HTML comment', '<!-- <script>alert(1)</script> -->'],
    ['CDATA', '<![CDATA[ <script>alert(1)</script> ]]>'],
    ['processing instruction', '<?php echo 1; ?>'],
    ['doctype', '<!DOCTYPE html>'],
    ['nested script', '<scr<script>ipt>alert(1)</script>'],
    ['unclosed script', '<script>'],
    ['inline b', 'It is <b>bold</b>.'],
    ['inline script mid-sentence', `A <script>${viaProcess}</script> B`],
  ];
  for (const [name, code] of html) add(`HTML ${name}`, `${code}\n`, { expect: 'refused' });
  add('space after <', `a < script>alert(1)</script>\n`);
  add('escaped <script>', `\\<script>alert(1)\\</script>\n`, { expect: 'text', shows: '<script>alert(1)</script>' });
  add('entity <script>', `&lt;script&gt;alert(1)&lt;/script&gt;\n`, { expect: 'text', shows: '<script>alert(1)</script>' });
  add('decimal entity <script>', `&#60;script&#62;alert(1)&#60;/script&#62;\n`, { expect: 'text', shows: '<script>alert(1)</script>' });
  add('hex entity <script>', `&#x3C;script&#x3E;alert(1)&#x3C;/script&#x3E;\n`, { expect: 'text', shows: '<script>alert(1)</script>' });
  add('double-escaped entity', `&amp;lt;script&amp;gt;\n`, { expect: 'text', shows: '&lt;script&gt;' });

  // Links and pictures.
  const schemes = ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'JavaScript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd'];
  for (const url of schemes) add(`link to ${url.slice(0, 16)}`, `[click](${url.replace(/[<>]/g, encodeURIComponent)})\n`, { expect: 'refused' });
  add('link, entity j', `[click](&#106;avascript:alert(1))\n`, { expect: 'refused' });
  add('link, entity s', `[click](java&#115;cript:alert(1))\n`, { expect: 'refused' });
  add('link, tab entity', `[click](java&#9;script:alert(1))\n`, { expect: 'refused' });
  add('link, newline entity', `[click](java&#10;script:alert(1))\n`, { expect: 'refused' });
  add('link, angle brackets with space', `[click](< javascript:alert(1)>)\n`, { expect: 'refused' });
  add('link definition', `[click]\n\n[click]: javascript:alert(1)\n`, { expect: 'refused' });
  add('picture to javascript', `![a](javascript:alert(1))\n`, { expect: 'refused' });
  add('autolink to javascript', `<javascript:alert(1)>\n`, { expect: 'refused' });
  add('percent-encoded scheme', `[click](%6Aavascript:alert(1))\n`, { expect: 'text', shows: 'click' });
  add('safe link', `[click](https://example.org/a?b=1&c=2)\n`, { expect: 'text', shows: 'click' });
  add('mailto link', `[write](mailto:someone@example.org)\n`, { expect: 'text', shows: 'write' });
  add('www autolink', `See www.example.org now.\n`, { expect: 'text', shows: 'www.example.org' });
  add('picture by path', `![a](./a.png)\n`, { expect: 'refused' });
  add('picture of a script', `![a](./evil.js)\n`, { expect: 'refused' });
  add('picture by reference', `![a][pic]\n\n[pic]: ./evil.js\n`, { expect: 'refused' });
  add('picture from the site root', `Root picture: ![a](/favicon.svg)\n`, { expect: 'text', shows: 'Root picture:' });
  add('picture of svg data', `![a](data:image/svg+xml,<svg onload=alert(1)>)\n`, { expect: 'refused' });

  // Entities and numeric references.
  add('null entity', `a &#0; b\n`, { expect: 'text', shows: 'a' });
  add('surrogate entity', `a &#xD800; b\n`, { expect: 'text', shows: 'b' });
  add('entity beyond unicode', `a &#1114112; b\n`, { expect: 'text', shows: 'b' });
  add('unknown named entity', `a &NotAnEntity; b\n`, { expect: 'text', shows: '&NotAnEntity;' });
  add('right-to-left override', `a \u202egnp.exe b\n`, { expect: 'text', shows: 'gnp.exe' });
  add('raw null character', `a \u0000 b\n`, { shows: 'a' });
  add('lone surrogate', `a \ud800 b\n`, { shows: 'a' });

  // Frontmatter that changes the compiled program.
  add('frontmatter layout', 'Text.\n', { frontmatter: 'layout: ./evil.js', expect: 'refused' });
  add('frontmatter layout data module', 'Text.\n', { frontmatter: `layout: "${dataModule}"`, expect: 'refused' });
  add('frontmatter holding code', 'Text.\n', { frontmatter: `shortTitle: >-\n  {${viaProcess}}`, expect: 'text', shows: 'Text.' });
  add('second frontmatter block', `---\nlayout: ./evil.js\n---\n\nText.\n`, { shows: 'Text.' });

  // Huge and deep.
  add('1 MB of text', `${'Plain words in a very long body. '.repeat(32_000)}\n`, { expect: 'refused' });
  add('400 KB of text', `${'Plain words in a long body. '.repeat(14_000)}\n`, { expect: 'text', shows: 'Plain words in a long body.' });
  add('a 100 KB line', `${'x'.repeat(100_000)}\n`, { expect: 'text', shows: 'xxxxxxxxxx' });
  add('10,000 nested quotes', `${'>'.repeat(10_000)} deep\n`, { expect: 'refused' });
  // why: nesting one level a line makes the text grow with the square of the depth: 600 levels
  // stay under the length limit, so these are refused for their depth.
  add('600 nested quotes, one more a line', `${Array.from({ length: 600 }, (_, i) => `${'>'.repeat(i + 1)} x`).join('\n')}\n`, { expect: 'refused' });
  add('600 nested lists, one more a line', `${Array.from({ length: 600 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')}\n`, { expect: 'refused' });
  add('10,000 nested ordered lists on one line', `${'1. '.repeat(10_000)}x\n`, { expect: 'refused' });
  add('10,000 list markers on one line', `${'- '.repeat(10_000)}x\n`, { expect: 'refused' });
  add('10,000 nested emphasis', `${'*a '.repeat(10_000)}x${' a*'.repeat(10_000)}\n`, { expect: 'refused' });
  add('10,000 nested components', `${'<Callout text="a">\n'.repeat(10_000)}${'</Callout>\n'.repeat(10_000)}`, { expect: 'refused' });
  add('10,000 nested brackets in code', `{${'['.repeat(10_000)}${']'.repeat(10_000)}}\n`, { expect: 'refused' });
  add('100,000 additions in code', `{${Array(100_000).fill('1').join('+')}}\n`, { expect: 'refused' });
  add('10,000 links', `${'[a](https://example.org) '.repeat(10_000)}\n`, { expect: 'text', shows: 'a a a' });
  add('40 nested quotes', `${'> '.repeat(40)}deep enough\n`, { expect: 'text', shows: 'deep enough' });
  add('41 nested quotes', `${'> '.repeat(41)}too deep\n`, { expect: 'refused' });
  add('100 nested emphasis', `${'*a '.repeat(100)}x${' a*'.repeat(100)}\n`, { shows: 'x' });

  // Allowed components, written as the CMS writes them, must still work among all this.
  add('a proper callout', `<Callout title="Help" text="Call 999 &amp; ask." />\n`, { expect: 'text', shows: 'Call 999' });
  add('a proper key figure', `<KeyFigure value="99%" label="attendance" source="Teesside University" date="November 2020" />\n`, { expect: 'text', shows: 'attendance' });
  return cases;
}
