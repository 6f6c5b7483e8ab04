import { defineConfig } from 'wxt';

// Permissions, and why each is asked for, are listed in README.md.
export default defineConfig({
  // The interface's words, in locales/<language>.yml: built into _locales/ with typed keys (i18n/i18n.ts).
  modules: ['@wxt-dev/i18n/module'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'activeTab', 'contextMenus', 'scripting'],
    // Private windows leave no trace: Gloss does not run there, so no note, page or site toggle from one is ever stored.
    incognito: 'not_allowed',
    // The same sites the content script runs on: lets the background inject the
    // card frame's host into a frame the first time the reader uses a mark there.
    host_permissions: ['<all_urls>'],
    // The card frame's page, which web pages may embed but not find: on Chromium its URL
    // changes every session (use_dynamic_url); Firefox's add-on UUID differs per install.
    web_accessible_resources: [
      {
        resources: ['card.html'],
        matches: ['<all_urls>'],
        ...(browser !== 'firefox' && { use_dynamic_url: true }),
      },
    ],
    // Extension pages run only their own bundled scripts: no eval, no remote code, no plugins.
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'none'; base-uri 'none'"
        : { extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'" },
    commands: {
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+G' },
        description: '__MSG_commandToggleSite__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'gloss@gloss.invalid',
          // data_collection_permissions is understood from Firefox 142 on.
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android: AMO offers Gloss there from this key, and the phone's
        // Firefox checks it on install. 142 is its first version that understands
        // data_collection_permissions; the APIs Gloss uses there (scripting,
        // storage.session, the badge) are older.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
