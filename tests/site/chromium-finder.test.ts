import { describe, expect, it } from 'vitest';
import { findChromium } from '../helpers/chromium';

const only =
  (...present: string[]) =>
  (path: string) =>
    present.includes(path);

describe('findChromium', () => {
  it('explains how to get a browser when CHROME_PATH points nowhere', () => {
    const missing = '/nonexistent/chrome-for-test';
    expect(() => findChromium({ env: { CHROME_PATH: missing } })).toThrowError(
      /CHROME_PATH is set to \/nonexistent\/chrome-for-test, but there is no file there\. Browser tests need Chromium or Chrome\. Install it with `sudo apt-get install chromium` \(Debian\/Ubuntu\) or set CHROME_PATH to your Chrome\/Chromium executable\./,
    );
  });

  it('explains how to get a browser when none of the usual places has one', () => {
    expect(() => findChromium({ env: {}, candidates: ['/nonexistent/a', '/nonexistent/b'] })).toThrowError(
      'Browser tests need Chromium or Chrome. Install it with `sudo apt-get install chromium` (Debian/Ubuntu) or set CHROME_PATH to your Chrome/Chromium executable.',
    );
  });

  it('prefers CHROME_PATH, then the first candidate that exists', () => {
    const exists = only('/opt/chrome', '/usr/bin/b', '/usr/bin/c');
    expect(findChromium({ env: { CHROME_PATH: '/opt/chrome' }, candidates: ['/usr/bin/b'], exists })).toBe('/opt/chrome');
    expect(findChromium({ env: {}, candidates: ['/usr/bin/a', '/usr/bin/b', '/usr/bin/c'], exists })).toBe('/usr/bin/b');
  });
});
