import type { ComponentType, ReactElement } from 'react';
import type DecapCms from 'decap-cms-app';

/** The CMS object the admin entry imports (`import CMS from 'decap-cms-app'`). */
export type Cms = typeof DecapCms;

/** Everything Decap passes to a preview template (entry, widgetFor, getAsset, fields...). */
export type DecapPreviewProps = Parameters<Cms['registerPreviewTemplate']>[1] extends ComponentType<infer P> ? P : never;

/** The part of Decap's preview props the site's templates use, so tests can pass just these. */
export type PreviewProps = Pick<DecapPreviewProps, 'entry' | 'widgetFor' | 'getAsset' | 'fields'>;

/** Decap's getAsset: the file an entry points at, as something the preview can show (`.url`). */
export type GetAsset = PreviewProps['getAsset'];

/** A preview template, as registered with `cms.registerPreviewTemplate`. */
export type PreviewTemplate = (props: PreviewProps) => ReactElement;
