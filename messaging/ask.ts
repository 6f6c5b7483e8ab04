/** Asks the background, typed by the contract: the answer's type follows the request's. */
import { browser } from 'wxt/browser';
import type { Request, ResponseOf } from './contract';

export function ask<R extends Request>(request: R): Promise<ResponseOf<R['type']>> {
  return browser.runtime.sendMessage(request);
}
