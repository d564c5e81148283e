import Callout from './Callout.astro';
import Figure from './Figure.astro';
import KeyFigure from './KeyFigure.astro';
import Video from './Video.astro';

// why: entries contain no imports; <Content components={userComponents} /> supplies these for the
// tags editors insert. The names match src/schema/components.ts exactly (a unit test checks).
/** The Astro component for each tag editors may place in a body, e.g. <Callout text="..." />. */
export const userComponents = { Callout, Figure, KeyFigure, Video };
