/** The card frame's host, injected by the background into a frame on its first use (see card/card-loader.ts). */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { setupCards } from '../card/card-frame';

export default defineUnlistedScript(() => {
  globalThis.glossCardUi = { setupCards };
});
