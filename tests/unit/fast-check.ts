/**
 * Every fast-check property runs from one seed, so a run is reproducible: a
 * fixed one by default, or the `FC_SEED` environment variable's
 * (`FC_SEED=1465833323 npx vitest run`). A failing property's message gives
 * its seed and path; that seed reruns the same cases. Loaded before every
 * unit test (vitest.config.ts).
 */
import fc from 'fast-check';

/** Any fixed number would do: this one only has to stay the same between runs. */
const DEFAULT_SEED = 20_261_125;

const given = process.env.FC_SEED?.trim();
const seed = given ? Number(given) : DEFAULT_SEED;
if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, not "${given}"`);

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
