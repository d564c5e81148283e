import { getCollection } from 'astro:content';

/** Every set of evidence figures, oldest first (the evidence page's order). */
export const getEvidence = async () => (await getCollection('evidence')).sort((a, b) => a.data.date.getTime() - b.data.date.getTime() || a.id.localeCompare(b.id));
