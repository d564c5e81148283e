import type { CmsConfig } from 'decap-cms-core';
import { backendFromEnv, type CmsEnv } from './backend';
import { cmsCollections } from './collections';
import type { SettingsChoices } from './decap-fields';

/** What the admin page needs to start the CMS: the config, and any reason it cannot start in production. */
export interface CmsSetup {
  config: CmsConfig;
  problems: string[];
}

/** The choices selects offer, from the site settings file's data. */
export function settingsChoices(settings: { areas?: { id: string; name: string }[]; faqGroups?: { id: string; title: string }[] }): SettingsChoices {
  return {
    areas: (settings.areas ?? []).map((a) => ({ value: a.id, label: a.name })),
    faqGroups: (settings.faqGroups ?? []).map((g) => ({ value: g.id, label: g.title })),
  };
}

/**
 * The whole Decap CMS config, generated from src/schema (fields) and the site settings (choices),
 * with the production backend from the environment. The admin adds the local backend at run time.
 * @example buildCmsConfig({ settings, env: { CMS_REPO: 'org/site' } }).config.collections.map((c) => c.name)
 */
export function buildCmsConfig({ settings, env }: { settings: Parameters<typeof settingsChoices>[0]; env: CmsEnv }): CmsSetup {
  const { backend, publish_mode, problems } = backendFromEnv(env);
  const config: CmsConfig = {
    backend,
    publish_mode,
    load_config_file: false,
    // why: the local decap-server is used only when the admin runs on localhost (Decap checks).
    local_backend: true,
    media_folder: 'content/media',
    public_folder: '/content/media',
    // why: file names must be plain lower-case ASCII: the build and some hosts are case-sensitive.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    show_preview_links: true,
    editor: { preview: true },
    collections: cmsCollections(settingsChoices(settings)),
  };
  return { config, problems };
}
