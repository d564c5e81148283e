/**
 * The two pages of an OAuth proxy for Decap's GitHub backend, as the community "Decap CMS OAuth
 * provider" servers serve them: /auth (here: GitHub's "Authorize" screen, since nothing leaves this
 * machine) and /callback, whose script hands the token to the admin window with Decap's
 * postMessage protocol: "authorizing:github", then "authorization:github:success:{json}".
 */
import { escapeMarkup } from '../../../src/lib/escape-markup';

/** The sign-in screen: names the app and the scope asked for, with one "Authorize" button. */
export function authorizePage({ scope, siteId, code }: { scope: string; siteId: string; code: string }): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Authorize Decap CMS</title></head>
<body>
  <h1>Authorize Decap CMS</h1>
  <p>Decap CMS on ${escapeMarkup(siteId)} asks for access to your repositories (scope: ${escapeMarkup(scope)}).</p>
  <form method="get" action="callback">
    <input type="hidden" name="code" value="${escapeMarkup(code)}">
    <button type="submit">Authorize</button>
  </form>
</body>
</html>`;
}

/**
 * The callback page: announces itself to the admin window, then answers the admin's echo with
 * the token, only if the admin runs on the host that asked (site_id).
 */
export function callbackPage({ token, siteId }: { token: string; siteId: string }): string {
  const success = `authorization:github:success:${JSON.stringify({ token, provider: 'github' })}`;
  // why: JSON.stringify makes both values safe JavaScript strings; "<" is escaped so no "</script>" ends the block early.
  const js = (value: string) => JSON.stringify(value).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Signing in…</title></head>
<body>
  <p>Signing you in to Decap CMS…</p>
  <script>
    const siteId = ${js(siteId)};
    window.addEventListener('message', function answer(event) {
      if (event.data !== 'authorizing:github' || new URL(event.origin).hostname !== siteId) return;
      window.removeEventListener('message', answer);
      window.opener.postMessage(${js(success)}, event.origin);
    });
    window.opener.postMessage('authorizing:github', '*');
  </script>
</body>
</html>`;
}
