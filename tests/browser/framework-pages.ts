/**
 * React 19 and Vue 3 pages rendered the way news sites render them: HTML
 * from the server renderer, then the client bundle hydrates it and updates
 * it (tests/fixtures/frameworks/). Built once per test process, served by
 * the fixture server under /frameworks/.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { createSSRApp } from 'vue';
import { renderToString as renderVue } from 'vue/server-renderer';
import { App as ReactApp } from '../fixtures/frameworks/react-app';
import { App as VueApp } from '../fixtures/frameworks/vue-app';
import { LAST_STEP } from '../fixtures/frameworks/story';

const dir = resolve(import.meta.dirname, '../fixtures/frameworks');

async function bundle(entry: string): Promise<string> {
  const out = await build({
    entryPoints: [resolve(dir, entry)],
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'false',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'true',
    },
  });
  return out.outputFiles[0]!.text;
}

const page = (title: string, body: string, script: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title></head>` +
  `<body><div id="root">${body}</div><script src="${script}"></script></body></html>`;

export type FrameworkPages = Record<string, string>;

async function buildPages(): Promise<FrameworkPages> {
  const [reactJs, vueJs, reactHtml, vueHtml, reactEnd, vueEnd] = await Promise.all([
    bundle('react-client.ts'),
    bundle('vue-client.ts'),
    renderToString(createElement(ReactApp)),
    renderVue(createSSRApp(VueApp)),
    renderToString(createElement(ReactApp, { initialStep: LAST_STEP })),
    renderVue(createSSRApp(VueApp, { initialStep: LAST_STEP })),
  ]);
  return {
    '/frameworks/react.html': page('A React news page', reactHtml, '/frameworks/react.js'),
    '/frameworks/react.js': reactJs,
    '/frameworks/vue.html': page('A Vue news page', vueHtml, '/frameworks/vue.js'),
    '/frameworks/vue.js': vueJs,
    // What each page shows at its last step, rendered without any browser: the text to compare with.
    '/frameworks/react-end.html': reactEnd,
    '/frameworks/vue-end.html': vueEnd,
  };
}

let pages: Promise<FrameworkPages> | undefined;
export const frameworkPages = () => (pages ??= buildPages());
