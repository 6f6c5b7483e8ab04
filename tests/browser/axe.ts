/** axe-core run inside Gloss's pages and card frame, as a person with a screen reader would need them. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';

const AXE = readFileSync(resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

/** axe-core's violations inside `selector` of a page or frame. */
export async function violations(target: Page | Frame, selector: string): Promise<string[]> {
  // Evaluated through the debugger protocol, which a page's CSP does not block.
  await target.evaluate(AXE);
  return target.evaluate(async (selector) => {
    const axe = (
      window as unknown as {
        axe: { run(ctx: Element): Promise<{ violations: { id: string; help: string }[] }> };
      }
    ).axe;
    const result = await axe.run(document.querySelector(selector)!);
    return result.violations.map((v) => `${v.id}: ${v.help}`);
  }, selector);
}
