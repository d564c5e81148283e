interface ImportMetaEnv {
  /** Absolute path of the content folder, set by astro.config.mjs. */
  readonly HAT_CONTENT_DIR?: string;
}
