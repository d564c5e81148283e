import { describe, expect, it } from 'vitest';
import { cellAlignment, tableAlignment, tableAlignmentPlugins } from '../../src/integrations/table-alignment';

/** Runs the plugin's visitor over one cell and returns its properties afterwards. */
function visit(properties: Record<string, unknown>): Record<string, unknown> {
  const node = { properties: { ...properties } };
  const [plugin] = tableAlignmentPlugins();
  plugin?.element.visit(node, {
    setProperty: (n, name, value) => {
      if (value === undefined) delete n.properties![name];
      else n.properties![name] = value;
    },
  });
  return node.properties;
}

describe('table alignment becomes a class, not an inline style', () => {
  it('turns text-align:right into app-align-right and drops the style', () =>
    expect(visit({ style: 'text-align:right' })).toEqual({ className: ['app-align-right'] }));
  it('reads the align property too', () => expect(visit({ align: 'center' })).toEqual({ className: ['app-align-center'] }));
  it('keeps classes the cell already has', () =>
    expect(visit({ align: 'left', className: ['x'] })).toEqual({ className: ['x', 'app-align-left'] }));
  it('drops a style it does not understand, adding no class', () => expect(visit({ style: 'color:red' })).toEqual({}));
  it('leaves a cell without alignment alone', () => expect(visit({ className: ['x'] })).toEqual({ className: ['x'] }));
  it('ignores an alignment that is not one of the three', () => expect(cellAlignment({ properties: { align: 'justify' } })).toBeUndefined());
  it('is one plugin for the Markdown processor', () => expect(tableAlignment()).toHaveLength(1));
});
