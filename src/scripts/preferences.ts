// why: every choice a visitor makes (text size, text only, postcode) is kept in their own
// browser, under these keys only, and never sent anywhere (product.md: private by default).
// The privacy page lists exactly these keys; "Clear my settings" removes exactly these.

/** The localStorage keys the site uses, one per preference, with what each holds. */
export const PREFERENCE_KEYS = {
  /** 'default' | 'large' | 'largest' */
  textSize: 'hat:text-size',
  /** 'on' when the visitor chose the text-only version */
  textOnly: 'hat:text-only',
  /** JSON { postcode: 'TS1 2AB', area: 'middlesbrough' | null } */
  postcode: 'hat:postcode',
} as const;

/** Name of a stored preference. */
export type PreferenceName = keyof typeof PREFERENCE_KEYS;

/** The stored value, or null when unset or when storage is unavailable (private mode, blocked). */
export function readPreference(name: PreferenceName): string | null {
  try {
    return window.localStorage.getItem(PREFERENCE_KEYS[name]);
  } catch {
    return null;
  }
}

/** Stores a value; returns false (and changes nothing) when storage is unavailable. */
export function writePreference(name: PreferenceName, value: string): boolean {
  try {
    window.localStorage.setItem(PREFERENCE_KEYS[name], value);
    return true;
  } catch {
    return false;
  }
}

/** Removes one preference, or all of them when no name is given. */
export function clearPreferences(name?: PreferenceName): void {
  const names = name ? [name] : (Object.keys(PREFERENCE_KEYS) as PreferenceName[]);
  for (const n of names) {
    try {
      window.localStorage.removeItem(PREFERENCE_KEYS[n]);
    } catch {
      // why: nothing stored if storage is unavailable, so nothing to clear.
    }
  }
}
