import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listPlayableMedia, mediaKey, playableMediaType } from '../../src/lib/media-files';

describe('paths to files in content/media/', () => {
  it('turns a path written relative to the entry into the path inside content/media/', () => {
    expect(mediaKey('../media/news/2020-early-findings.jpg')).toBe('news/2020-early-findings.jpg');
    expect(mediaKey('../../../media/clip.mp4')).toBe('clip.mp4');
    expect(mediaKey(' ../media/a/b/c.vtt ')).toBe('a/b/c.vtt');
  });

  it('gives videos and captions their Content-Type, whatever the case of the extension, and nothing else', () => {
    expect(playableMediaType('news/clip.mp4')).toBe('video/mp4');
    expect(playableMediaType('news/clip.WEBM')).toBe('video/webm');
    expect(playableMediaType('news/clip.vtt')).toBe('text/vtt; charset=utf-8');
    expect(playableMediaType('news/chart.jpg')).toBeUndefined();
    expect(playableMediaType('news/vtt')).toBeUndefined();
  });

  it('lists every video and captions file in nested folders, leaving out images and hidden files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hat-media-'));
    try {
      mkdirSync(join(dir, 'news/2020'), { recursive: true });
      mkdirSync(join(dir, '.tmp'));
      for (const file of ['news/2020/clip.webm', 'news/2020/clip.vtt', 'intro.MP4', 'news/chart.jpg', '.tmp/draft.mp4', 'news/.partial.vtt']) {
        writeFileSync(join(dir, file), 'x');
      }
      mkdirSync(join(dir, 'folder.mp4'));
      expect(listPlayableMedia(dir)).toEqual(['intro.MP4', 'news/2020/clip.vtt', 'news/2020/clip.webm']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lists nothing when there is no media folder', () => {
    expect(listPlayableMedia(join(tmpdir(), 'hat-no-such-folder-here'))).toEqual([]);
  });
});
