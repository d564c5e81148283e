import { parse } from 'acorn';
import { editorComponents } from '../../schema/components';
import { isSafeUrl } from './link-scheme';

// why: the build's verdict on a body is taken from the program the MDX compiler (Sätteri) produced,
// parsed with a real JavaScript parser (acorn), and compared with an
// allowlist of the shapes the compiler emits for text and the editor components. Anything else
// (an import or export, an expression, an element or setting not listed) is refused, whatever
// the Markdown looked like. The shapes were read from Sätteri's output for the real content and
// for every kind of Markdown the site uses; tests/unit/compiled-body.test.ts compiles those again.

/** What sort of thing was found in a compiled body that is not text or an allowed component. */
export type ViolationKind = 'import' | 'export' | 'code' | 'element' | 'attribute' | 'link' | 'picture' | 'layout' | 'unreadable' | 'too-deep';

/** Something in a compiled body that is not text or an allowed component. */
export interface CompiledViolation {
  kind: ViolationKind;
  /** What identifies it in the source: an import's module, an element's name, a setting's name, an address, or a piece of the code. */
  detail: string;
}

/** A node of the parsed program (ESTree, as acorn gives it). */
interface JsNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

// why: nesting in the compiled program is bounded here so that no later step (this check's own
// recursion, the bundler's parser, which is written in Rust) meets a program deep enough to crash it.
const MAX_PROGRAM_DEPTH = 1000;

// The elements Sätteri makes from Markdown (with GFM, footnotes and Shiki code blocks).
const MARKDOWN_ELEMENTS = new Set([
  'a', 'blockquote', 'br', 'code', 'del', 'em', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'img', 'input', 'li', 'ol', 'p',
  'pre', 'section', 'span', 'strong', 'sup', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul',
]);
// The attributes Sätteri gives those elements; every value is a string, number or true.
const MARKDOWN_ATTRIBUTES = new Set([
  'id', 'class', 'href', 'title', 'src', 'alt', 'style', 'tabindex', 'start', 'type', 'checked', 'disabled',
  'data-language', 'data-footnotes', 'data-footnote-ref', 'data-footnote-backref', 'aria-describedby', 'aria-label',
]);
const ADDRESS_ATTRIBUTES = new Set(['href', 'src']);
const COMPONENT_SETTINGS = new Map(editorComponents.map((c) => [c.name, new Set(Object.keys(c.attributes.shape))]));
// The names the compiler imports from the JSX runtime, and what it calls them.
const RUNTIME = new Map([['Fragment', '_Fragment'], ['jsx', '_jsx'], ['jsxs', '_jsxs']]);

// why: these two functions are the same for every body; they are compared whole with Sätteri's text.
const FIXED_FUNCTIONS = `
function MDXContent(props = {}) {
    const { wrapper: MDXLayout } = props.components || {};
    return MDXLayout ? _jsx(MDXLayout, Object.assign({}, props, { children: _jsx(_createMdxContent, props) })) : _createMdxContent(props);
}
function _missingMdxReference(id, component) {
    throw new Error("Expected " + (component ? "component" : "object") + " \`" + id + "\` to be defined: you likely forgot to import, pass, or provide it.");
}`;
let fixedFunctions: Map<string, JsNode> | undefined;

/**
 * Everything in a compiled MDX body (the MDX compiler's JavaScript) that is not text or an allowed editor component.
 * @example findCompiledViolations(compiledCodeOf('export\tconst x = 1')) // [{ kind: 'export', detail: 'export const x = 1;' }]
 */
export function findCompiledViolations(code: string): CompiledViolation[] {
  let program: JsNode;
  try {
    program = parseModule(code);
  } catch (error) {
    // why: acorn is written in JavaScript, so a program nested too deeply for it fails here
    // ("Not enough stack space", or a RangeError) rather than crashing the build.
    if (error instanceof RangeError || /stack space/.test(String((error as Error).message))) return [{ kind: 'too-deep', detail: String((error as Error).message) }];
    return [{ kind: 'unreadable', detail: String((error as Error).message) }];
  }
  if (depthOf(program) > MAX_PROGRAM_DEPTH) return [{ kind: 'too-deep', detail: `more than ${MAX_PROGRAM_DEPTH} levels` }];
  const found = new Found(code);
  const layout = nodes(program.body).find(isLayoutImport);
  if (layout) found.add('layout', (layout.source as JsNode).value as string);
  for (const statement of nodes(program.body)) {
    // why: a layout wraps the content in code of its own; the layout itself is the reason to refuse.
    if (layout && isLayoutScaffolding(statement)) continue;
    if (isPictureStatement(statement)) found.add('picture', found.text(statement));
    else checkStatement(statement, found);
  }
  return found.list;
}

/** `import __astro_layout_component__ from "<frontmatter layout>"`: the compiler's import of a layout. */
const isLayoutImport = (statement: JsNode) =>
  is(statement, 'ImportDeclaration') && nodes(statement.specifiers).some((s) => isIdentifier(s.local, '__astro_layout_component__'));

/** What the compiler adds around the content when there is a layout. */
const isLayoutScaffolding = (statement: JsNode) =>
  isLayoutImport(statement) ||
  is(statement, 'ExportDefaultDeclaration') ||
  (is(statement, 'FunctionDeclaration') && isIdentifier(statement.id, '__OriginalMDXContent__')) ||
  (is(statement, 'ImportDeclaration') && nodes(statement.specifiers).some((s) => isIdentifier(s.local, '__astro_layout_jsx__')));

/** What Astro adds for a Markdown picture with a path: an import of astro:assets and of the file, and a flag. */
const isPictureStatement = (statement: JsNode) =>
  (is(statement, 'ImportDeclaration') &&
    ((statement.source as JsNode).value === 'astro:assets' || nodes(statement.specifiers).some((s) => is(s, 'ImportDefaultSpecifier') && /^__\d+_.*__$/.test((s.local as JsNode).name as string)))) ||
  (is(statement, 'ExportNamedDeclaration') && is(statement.declaration, 'VariableDeclaration') && nodes(statement.declaration.declarations).some((d) => isIdentifier(d.id, '__usesAstroImage')));

/** The program as an ES module, in the newest JavaScript acorn reads. */
const parseModule = (code: string) => parse(code, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as JsNode;

/** The violations found so far, once each. */
class Found {
  readonly list: CompiledViolation[] = [];
  private readonly seen = new Set<string>();
  constructor(private readonly code: string) {}
  add(kind: ViolationKind, detail: string) {
    if (this.seen.has(`${kind} ${detail}`)) return;
    this.seen.add(`${kind} ${detail}`);
    this.list.push({ kind, detail });
  }
  /** The source text of a node, on one line. */
  text(node: JsNode): string {
    return this.code.slice(node.start, node.end).replace(/\s+/g, ' ').slice(0, 200);
  }
}

/** How deep the tree is, counted without recursion. */
function depthOf(root: JsNode): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (Array.isArray(value)) {
      for (const item of value) stack.push([item, depth]);
    } else if (value !== null && typeof value === 'object') {
      deepest = Math.max(deepest, depth);
      if (deepest > MAX_PROGRAM_DEPTH) return deepest;
      for (const child of Object.values(value)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return deepest;
}

const is = <T extends string>(node: unknown, type: T): node is JsNode & { type: T } => (node as JsNode | null)?.type === type;
const isIdentifier = (node: unknown, name?: string): node is JsNode & { type: 'Identifier'; name: string } => is(node, 'Identifier') && (name === undefined || node.name === name);
const isString = (node: unknown): node is JsNode & { value: string } => is(node, 'Literal') && typeof node.value === 'string';
const nodes = (value: unknown) => value as JsNode[];

/** One statement at the top of the compiled module. */
function checkStatement(statement: JsNode, found: Found): void {
  switch (statement.type) {
    case 'ImportDeclaration': {
      const source = (statement.source as JsNode).value as string;
      const fromRuntime = source === 'astro/jsx-runtime' && nodes(statement.attributes ?? []).length === 0 && !statement.phase;
      const runtimeNames = nodes(statement.specifiers).every(
        (s) => is(s, 'ImportSpecifier') && isIdentifier(s.imported) && RUNTIME.get(s.imported.name as string) === (s.local as JsNode).name,
      );
      if (!fromRuntime || !runtimeNames) found.add('import', source);
      return;
    }
    case 'FunctionDeclaration': {
      const name = (statement.id as JsNode | null)?.name as string | undefined;
      if (name === '_createMdxContent') return checkContentFunction(statement, found);
      const fixed = fixed_(name);
      if (!fixed || !sameShape(statement, fixed)) found.add('code', found.text(statement));
      return;
    }
    case 'ExportNamedDeclaration': {
      const declaration = statement.declaration as JsNode | null;
      const plain = statement.source === null && nodes(statement.specifiers).length === 0;
      if (plain && isFrontmatter(declaration)) return;
      if (plain && isGetHeadings(declaration)) return;
      found.add('export', found.text(statement));
      return;
    }
    case 'ExportAllDeclaration':
    case 'ExportDefaultDeclaration':
      found.add('export', found.text(statement));
      return;
    default:
      found.add(statement.type.startsWith('Import') ? 'import' : 'code', found.text(statement));
  }
}

/** MDXContent or _missingMdxReference as Sätteri writes them for every body. */
function fixed_(name: string | undefined): JsNode | undefined {
  fixedFunctions ??= new Map(
    nodes(parseModule(FIXED_FUNCTIONS).body).map((f) => [
      (f.id as JsNode).name as string,
      f,
    ]),
  );
  return name === undefined ? undefined : fixedFunctions.get(name);
}

/** Whether two trees are the same apart from where they sit and how literals are quoted. */
function sameShape(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameShape(item, b[i]));
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  const keys = (o: object) => Object.keys(o).filter((k) => k !== 'start' && k !== 'end' && k !== 'raw' && k !== 'range');
  const ka = keys(a);
  return ka.length === keys(b).length && ka.every((k) => sameShape((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** `export const frontmatter = {...JSON...}` */
function isFrontmatter(declaration: JsNode | null): boolean {
  if (!is(declaration, 'VariableDeclaration') || declaration.kind !== 'const') return false;
  const [only, ...more] = nodes(declaration.declarations);
  return more.length === 0 && isIdentifier(only.id, 'frontmatter') && isJson(only.init);
}

/** `export function getHeadings() { return [...JSON...]; }` */
function isGetHeadings(declaration: JsNode | null): boolean {
  if (!is(declaration, 'FunctionDeclaration') || !isIdentifier(declaration.id, 'getHeadings')) return false;
  if (declaration.async || declaration.generator || nodes(declaration.params).length > 0) return false;
  const [only, ...more] = nodes((declaration.body as JsNode).body);
  return more.length === 0 && is(only, 'ReturnStatement') && isJson(only.argument);
}

/** A value JSON.stringify writes: objects, arrays, strings, numbers, true, false, null. */
function isJson(node: unknown): boolean {
  if (is(node, 'Literal')) return !node.regex && !node.bigint && (node.value === null || ['string', 'number', 'boolean'].includes(typeof node.value));
  if (is(node, 'UnaryExpression')) return node.operator === '-' && is(node.argument, 'Literal') && typeof node.argument.value === 'number';
  if (is(node, 'ArrayExpression')) return nodes(node.elements).every((e) => e !== null && isJson(e));
  if (is(node, 'ObjectExpression')) {
    return nodes(node.properties).every((p) => is(p, 'Property') && plainProperty(p) && isString(p.key) && isJson(p.value));
  }
  return false;
}

/** A property written `key: value`: not computed, not a method, not shorthand, not a getter. */
const plainProperty = (p: JsNode) => p.kind === 'init' && !p.computed && !p.method && !p.shorthand;

/** The name of a property's key, if it is written as a name or a string. */
const keyName = (p: JsNode): string | undefined => (isIdentifier(p.key) ? (p.key.name as string) : isString(p.key) ? p.key.value : undefined);

/** What the content function has declared: the Markdown elements it maps and the editor components it takes. */
interface ContentScope {
  elements: Set<string>;
  components: Set<string>;
  /** Every name taken from the components, allowed or not (the others are reported once, where taken). */
  taken: Set<string>;
}

/** `function _createMdxContent(props) { const _components = ...; const { Callout } = ...; if (!Callout) ...; return <content>; }` */
function checkContentFunction(fn: JsNode, found: Found): void {
  if (fn.async || fn.generator || nodes(fn.params).length !== 1 || !isIdentifier(nodes(fn.params)[0], 'props')) {
    found.add('code', 'function _createMdxContent');
    return;
  }
  const scope: ContentScope = { elements: new Set(), components: new Set(), taken: new Set() };
  for (const statement of nodes((fn.body as JsNode).body)) {
    if (is(statement, 'VariableDeclaration') && statement.kind === 'const' && nodes(statement.declarations).length === 1) {
      const [{ id, init }] = nodes(statement.declarations) as unknown as { id: JsNode; init: JsNode }[];
      if (isIdentifier(id, '_components') && isElementMap(init, scope, found)) continue;
      if (is(id, 'ObjectPattern') && isComponentSource(init) && takesComponents(id, scope, found)) continue;
    }
    if (is(statement, 'IfStatement') && isMissingReferenceCheck(statement, scope)) continue;
    if (is(statement, 'ReturnStatement')) {
      checkChild(statement.argument as JsNode, scope, found);
      continue;
    }
    found.add('code', found.text(statement));
  }
}

/** `Object.assign({ p: "p", ... }, props.components)`, each key a Markdown element named after itself. */
function isElementMap(init: JsNode, scope: ContentScope, found: Found): boolean {
  if (!is(init, 'CallExpression') || !isMember(init.callee, 'Object', 'assign')) return false;
  const [map, provided, ...more] = nodes(init.arguments);
  if (more.length > 0 || !is(map, 'ObjectExpression') || !isMember(provided, 'props', 'components')) return false;
  for (const p of nodes(map.properties)) {
    const name = is(p, 'Property') && plainProperty(p) ? keyName(p) : undefined;
    if (name === undefined || !isString(p.value) || p.value.value !== name) return false;
    if (name === 'astro-image') found.add('picture', name);
    else if (!MARKDOWN_ELEMENTS.has(name)) found.add('element', name);
    else scope.elements.add(name);
  }
  return true;
}

/** `a.b`, not computed. */
const isMember = (node: unknown, object: string, property: string) =>
  is(node, 'MemberExpression') && !node.computed && isIdentifier(node.object, object) && isIdentifier(node.property, property);

/** `_components` or `props.components || {}`: where the compiler takes components from. */
const isComponentSource = (init: JsNode) =>
  isIdentifier(init, '_components') ||
  (is(init, 'LogicalExpression') && init.operator === '||' && isMember(init.left, 'props', 'components') && is(init.right, 'ObjectExpression') && nodes(init.right.properties).length === 0);

/** `{ Callout, Figure }`: each name taken must be an editor component. */
function takesComponents(pattern: JsNode, scope: ContentScope, found: Found): boolean {
  for (const p of nodes(pattern.properties)) {
    if (!is(p, 'Property') || p.computed || !p.shorthand || !isIdentifier(p.value)) return false;
    const name = p.value.name as string;
    scope.taken.add(name);
    if (COMPONENT_SETTINGS.has(name)) scope.components.add(name);
    else found.add('element', name);
  }
  return true;
}

/** `if (!Callout) _missingMdxReference("Callout", true);` for a component taken above. */
function isMissingReferenceCheck(statement: JsNode, scope: ContentScope): boolean {
  const test = statement.test as JsNode;
  const call = (statement.consequent as JsNode).expression as JsNode | undefined;
  if (statement.alternate !== null || !is(test, 'UnaryExpression') || test.operator !== '!' || !isIdentifier(test.argument)) return false;
  const name = test.argument.name as string;
  if (!scope.taken.has(name) || !is(call, 'CallExpression') || !isIdentifier(call.callee, '_missingMdxReference')) return false;
  const [id, component, ...more] = nodes(call.arguments);
  return more.length === 0 && isString(id) && is(component, 'Literal') && typeof component.value === 'boolean';
}

/** One piece of content: a string of text, or an element, component or fragment with its children. */
function checkChild(node: JsNode, scope: ContentScope, found: Found): void {
  if (isString(node)) return;
  if (is(node, 'CallExpression') && (isIdentifier(node.callee, '_jsx') || isIdentifier(node.callee, '_jsxs')) && nodes(node.arguments).length === 2) {
    const [type, props] = nodes(node.arguments);
    return checkElement(type, props, scope, found);
  }
  found.add('code', found.text(node));
}

/** `_jsx(type, props)`: type a fragment, a Markdown element or an editor component; props only allowed settings. */
function checkElement(type: JsNode, props: JsNode, scope: ContentScope, found: Found): void {
  if (isString(type)) return found.add('element', type.value);
  const element = is(type, 'MemberExpression') && isIdentifier(type.object, '_components') ? memberName(type) : undefined;
  const component = isIdentifier(type) && scope.components.has(type.name as string) ? (type.name as string) : undefined;
  const fragment = isIdentifier(type, '_Fragment');
  if (element === 'astro-image') found.add('picture', element);
  else if (element !== undefined && !scope.elements.has(element)) found.add('element', element);
  else if (element === undefined && component === undefined && !fragment) {
    if (!(isIdentifier(type) && scope.taken.has(type.name as string))) found.add('element', found.text(type));
    return;
  }

  if (!is(props, 'ObjectExpression')) return found.add('attribute', found.text(props));
  for (const p of nodes(props.properties)) {
    const name = is(p, 'Property') && plainProperty(p) ? keyName(p) : undefined;
    if (name === undefined) {
      found.add('attribute', found.text(p));
    } else if (name === 'children' && component === undefined) {
      const value = p.value as JsNode;
      if (is(value, 'ArrayExpression')) for (const child of nodes(value.elements)) checkChild(child ?? value, scope, found);
      else checkChild(value, scope, found);
    } else if (component !== undefined) {
      if (!COMPONENT_SETTINGS.get(component)!.has(name) || !isString(p.value)) found.add('attribute', `${component} ${name}`);
    } else if (element === 'astro-image') {
      // why: a Markdown picture with a path, already reported as a picture.
    } else if (fragment || !MARKDOWN_ATTRIBUTES.has(name)) {
      found.add('attribute', name);
    } else {
      checkAttributeValue(name, p.value as JsNode, found);
    }
  }
}

/** `_components.p` or `_components["astro-image"]`: the element's name. */
function memberName(member: JsNode): string | undefined {
  if (!member.computed && isIdentifier(member.property)) return member.property.name as string;
  return member.computed && isString(member.property) ? member.property.value : undefined;
}

/** A Markdown element's attribute: a string, number or true; style an object of strings; an address one that cannot run code. */
function checkAttributeValue(name: string, value: JsNode, found: Found): void {
  if (name === 'style' && is(value, 'ObjectExpression')) {
    if (!nodes(value.properties).every((p) => is(p, 'Property') && plainProperty(p) && keyName(p) !== undefined && isString(p.value))) found.add('attribute', name);
    return;
  }
  if (!is(value, 'Literal') || !(typeof value.value === 'string' || typeof value.value === 'number' || value.value === true)) {
    return found.add('attribute', name);
  }
  if (ADDRESS_ATTRIBUTES.has(name) && typeof value.value === 'string' && !isSafeUrl(value.value)) found.add('link', value.value);
}
