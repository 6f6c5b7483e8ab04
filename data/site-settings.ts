/**
 * Where Gloss runs: the reader's global pause and the sites they turned it
 * off for. Pure, so every rule (hosts, subdomains, ports, IP addresses,
 * file pages, internationalised names) is unit-tested.
 */
export interface SiteSettings {
  /** Off everywhere. */
  paused: boolean;
  /**
   * Sites where Gloss is off: a host ("news.example.com"), or a host with a
   * leading dot (".example.com") for it and all its subdomains. Hosts are
   * stored as the URL parser gives them: lower case, punycode for
   * internationalised names, no port.
   */
  disabledSites: string[];
}

export const DEFAULT_SITE_SETTINGS: SiteSettings = { paused: false, disabledSites: [] };

/** The site a page belongs to, or undefined for pages Gloss never runs on. */
export function siteOf(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol === 'file:') return 'file:';
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  return parsed.hostname;
}

export function isEnabledFor(url: string, settings: SiteSettings): boolean {
  const site = siteOf(url);
  if (site === undefined || settings.paused) return false;
  return !settings.disabledSites.some((entry) =>
    entry.startsWith('.') ? site === entry.slice(1) || site.endsWith(entry) : site === entry,
  );
}
