/** A name written loosely: lower case, letters and digits only ("review_due" and "reviewDue" both read "reviewdue"). */
const loose = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Edit distance between two words: insertions, deletions, substitutions and swaps of two
 * neighbouring letters each count one (optimal string alignment distance).
 * @example editDistance('titel', 'title') // 1
 */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The known name someone most likely meant by an unknown one: the same name written differently
 * (case, _ or -), then the first of its synonyms that is known, then the nearest by edit distance
 * if it is close enough to be a typing slip. Undefined when nothing is a likely match.
 * @example nearestName('date', ['title', 'published'], { date: ['published'] }) // 'published'
 * @example nearestName('sumary', ['title', 'summary'], {}) // 'summary'
 */
export function nearestName(unknown: string, known: readonly string[], synonyms: Readonly<Record<string, readonly string[]>>): string | undefined {
  const name = loose(unknown);
  const same = known.find((k) => loose(k) === name);
  if (same) return same;
  const synonym = (synonyms[name] ?? []).find((s) => known.includes(s));
  if (synonym) return synonym;
  // why: a slip of one letter in a short name, two in a longer one; further than that is a guess.
  const allowed = name.length <= 4 ? 1 : 2;
  const ranked = known.map((k) => ({ k, distance: editDistance(name, loose(k)) })).sort((a, b) => a.distance - b.distance);
  return ranked[0] && ranked[0].distance <= allowed ? ranked[0].k : undefined;
}
