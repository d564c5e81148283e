import type { BreadcrumbList, WithContext } from 'schema-dts';

/** One step of the trail, as schema.org ListItem. */
export interface ListItemLd {
  '@type': 'ListItem';
  position: number;
  name: string;
  item: string;
}

/**
 * The breadcrumb trail as schema.org BreadcrumbList: positions from 1, each step with its full address.
 * @example breadcrumbLd([{ name: 'Home', url: 'https://hat.example/' }, { name: 'News', url: 'https://hat.example/news/' }]).itemListElement[1].position // 2
 */
export function breadcrumbLd(steps: { name: string; url: string }[]) {
  const itemListElement: ListItemLd[] = steps.map((step, index) => ({ '@type': 'ListItem', position: index + 1, name: step.name, item: step.url }));
  // why: `satisfies` checks the block against schema.org's types while callers keep the exact shape.
  return { '@context': 'https://schema.org', '@type': 'BreadcrumbList', itemListElement } as const satisfies WithContext<BreadcrumbList>;
}
