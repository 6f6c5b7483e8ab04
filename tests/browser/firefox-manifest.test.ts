/**
 * The Firefox build's manifest, as AMO and Firefox read it: the build itself,
 * not wxt.config.ts, since wxt adds and rewrites keys for MV2.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const MANIFEST = resolve(import.meta.dirname, '../../.output/firefox-mv2/manifest.json');

describe('the Firefox manifest', () => {
  it('lets Firefox for Android install Gloss, from the version that reads its data collection statement', () => {
    if (!existsSync(MANIFEST)) throw new Error('Run npm run build:firefox first');
    const { browser_specific_settings: settings } = JSON.parse(readFileSync(MANIFEST, 'utf8')) as {
      browser_specific_settings: Record<string, Record<string, unknown>>;
    };
    expect(settings.gecko).toMatchObject({
      strict_min_version: '142.0',
      data_collection_permissions: { required: ['none'] },
    });
    // Without this key AMO does not offer Gloss to Firefox for Android.
    expect(settings.gecko_android).toEqual({ strict_min_version: '142.0' });
  });
});
