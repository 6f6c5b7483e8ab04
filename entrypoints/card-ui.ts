/** The card frame's host, injected by the background into a frame on its first use (see content/card-loader.ts). */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { setupCards } from './content/card-frame';

export default defineUnlistedScript(() => {
  globalThis.glossCardUi = { setupCards };
});
