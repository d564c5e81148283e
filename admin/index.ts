import CMS from 'decap-cms-app';
import type { CmsSetup } from './config/build-cms-config';
import type { SettingsChoices } from './config/decap-fields';
import { registerWidgets } from './widgets';
import { registerPreviews } from './previews';
import { registerEditorComponents } from './editor-components';
import { registerEntryChecks } from './register-entry-checks';
import { remarkEscapeEditorText } from '../src/lib/body-safety/escape-editor-text';
import { showSetupProblems } from './setup-problems';
import { LOCAL_CMS_API_PATH } from '../src/lib/local-cms-api';

/** The setup the admin page wrote at build time: the generated config and the settings lists. */
type PageSetup = CmsSetup & { choices: SettingsChoices };

const setup = JSON.parse(document.getElementById('cms-setup')?.textContent ?? '{}') as PageSetup;
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const siteRoot = new URL(base, location.origin).href;
const isLocal = ['localhost', '127.0.0.1'].includes(location.hostname);

if (!isLocal && setup.problems.length > 0) {
  showSetupProblems(setup.problems);
} else {
  registerWidgets(CMS);
  registerEditorComponents(CMS);
  registerPreviews(CMS);
  // why: text typed in the rich-text editor is written with < { } & escaped, so it shows
  // exactly as typed and can never become code (see src/lib/body-safety/).
  CMS.registerRemarkPlugin(remarkEscapeEditorText as never);
  registerEntryChecks(CMS, setup.choices);
  CMS.init({
    config: {
      ...setup.config,
      site_url: siteRoot,
      display_url: siteRoot,
      // why: `npm start` proxies decap-server at <site>/api/v1 (for this computer only), so the admin needs no second origin.
      local_backend: { url: new URL(LOCAL_CMS_API_PATH, siteRoot).href },
    },
  });
}
