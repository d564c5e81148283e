/**
 * A file size as GOV.UK shows it beside a download: whole KB under 1 MB, MB to one decimal place above.
 * @example formatFileSize(1_572_864) // "1.5 MB"
 * @example formatFileSize(23_552) // "23 KB"
 */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) throw new RangeError(`File size must be a number of bytes, got ${bytes}`);
  if (bytes < 1024) return `${bytes} bytes`;
  // why: 1,048,000 bytes would round to "1024 KB"; people expect "1 MB" there.
  if (Math.round(bytes / 1024) < 1024) return `${Math.round(bytes / 1024)} KB`;
  const mb = bytes / (1024 * 1024);
  return `${mb.toFixed(1).replace(/\.0$/, '')} MB`;
}
