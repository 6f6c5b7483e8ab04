/** The card code, injected by the background into a frame on its first use (see content/card-loader.ts). */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { setupCards } from './content/hover-card';

export default defineUnlistedScript(() => {
  globalThis.glossCardUi = { setupCards };
});
