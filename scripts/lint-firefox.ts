/**
 * `npm run lint:firefox`: addons-linter (what AMO runs) on the Firefox build.
 * Fails on any error, and on any warning not listed below with its reason.
 */
import { resolve } from 'node:path';
import linter from 'addons-linter';

/** Warnings a reviewer sees explained: each with why it is not a problem. */
const EXPLAINED: Record<string, string> = {
  // Preact's renderer assigns innerHTML only for `dangerouslySetInnerHTML`, which Gloss never uses:
  // every note, passage and name is rendered as text.
  UNSAFE_VAR_ASSIGNMENT: 'Preact runtime (dangerouslySetInnerHTML support, unused)',
};

const dir = resolve(import.meta.dirname, '../.output/firefox-mv2');
const instance = linter.createInstance({
  config: {
    _: [dir],
    logLevel: 'fatal',
    stack: false,
    pretty: false,
    warningsAsErrors: false,
    metadata: false,
    output: 'none',
    boring: true,
    selfHosted: false,
  },
  runAsBinary: false,
});
const result = await instance.run();
const unexplained = result.warnings.filter((w) => !(w.code in EXPLAINED));
for (const e of [...result.errors, ...unexplained]) console.error(`${e.code} ${e.file ?? ''}: ${e.message}`);
for (const w of result.warnings.filter((w) => w.code in EXPLAINED)) {
  console.log(`explained warning ${w.code} in ${w.file}: ${EXPLAINED[w.code]}`);
}
console.log(
  `addons-linter: ${result.errors.length} errors, ${unexplained.length} unexplained warnings, ${result.notices.length} notices`,
);
if (result.errors.length > 0 || unexplained.length > 0) process.exit(1);
