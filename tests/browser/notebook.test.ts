import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotated, useGloss } from './harness';
import { clickMark } from './marks';
import { shownCard } from './card-frame';

const env = useGloss();

describe('the notebook', () => {
  it('lists, finds, exports and imports notes written in cards', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/news.html`);
    await annotated(page);
    await clickMark(page, 'juan-guaido');
    const card = await shownCard(page, 'Juan Guaidó');
    await card.getByRole('textbox', { name: 'New note on Juan Guaidó' }).fill('Recognised by the Lima Group');
    await card.getByText(/^Saved /).waitFor();

    const notebook = await env.browser.context.newPage();
    await notebook.goto(`chrome-extension://${env.browser.extensionId}/notebook.html`);
    const entries = notebook.getByRole('list', { name: 'Entities with notes' });
    await entries.getByText('Recognised by the Lima Group').waitFor();

    // Typo-tolerant search over entities and notes.
    await notebook.getByRole('searchbox').fill('guiado');
    await expect.poll(() => entries.locator('strong').allTextContents()).toEqual(['Juan Guaidó']);
    await notebook.getByRole('searchbox').fill('zzzz qqqq');
    await entries.getByText('No match.').waitFor();
    await notebook.getByRole('searchbox').fill('');

    // Open the card here: the same notes, editable.
    await entries.getByRole('button', { name: /Juan Guaidó/ }).click();
    await expect
      .poll(() => notebook.getByRole('textbox', { name: 'Note on Juan Guaidó', exact: true }).inputValue())
      .toBe('Recognised by the Lima Group');

    // Export JSON.
    const [download] = await Promise.all([
      notebook.waitForEvent('download'),
      notebook.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported).toMatchObject({ format: 'gloss-notes', version: 1 });
    expect(exported.notes.map((n: { text: string }) => n.text)).toEqual(['Recognised by the Lima Group']);

    // Web Annotations and Markdown, the one read back as it was written.
    const downloaded = async (name: string) => {
      const [file] = await Promise.all([
        notebook.waitForEvent('download'),
        notebook.getByRole('button', { name, exact: true }).click(),
      ]);
      return readFileSync((await file.path())!, 'utf8');
    };
    const annotations = await downloaded('Export Web Annotations');
    expect(JSON.parse(annotations)).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      first: { items: [{ type: 'Annotation', body: { value: 'Recognised by the Lima Group' } }] },
    });
    expect(await downloaded('Export Markdown')).toMatch(
      /^---\ntitle: "Gloss notes"[\s\S]*\n## Juan Guaidó\n/,
    );
    expect(await downloaded('Export Juan Guaidó as Markdown')).toMatch(
      /^---\nentity: "Juan Guaidó"\nkind: "Person"\n[\s\S]*Recognised by the Lima Group/,
    );
    const input = notebook.locator('input[type="file"]');
    await input.setInputFiles({
      name: 'notes.jsonld',
      mimeType: 'application/ld+json',
      buffer: Buffer.from(annotations),
    });
    await notebook.getByText('0 new, 0 changed, 1 already here.').waitFor();
    await notebook.getByRole('button', { name: 'Cancel' }).click();

    // A bad file changes nothing and says why.
    await input.setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"gloss-notes","version":9}'),
    });
    await notebook
      .getByRole('alert')
      .getByText('version: must be 1: this Gloss reads version 1 exports')
      .waitFor();
    await notebook.getByRole('button', { name: 'Close' }).click();

    // A good file is previewed, then applied, and open cards follow.
    exported.notes[0].text = 'Recognised by most of the Lima Group';
    await input.setInputFiles({
      name: 'good.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(exported)),
    });
    await notebook.getByText('0 new, 1 changed, 0 already here.').waitFor();
    await notebook.getByRole('button', { name: 'Apply import' }).click();
    await entries.getByText('Recognised by most of the Lima Group').waitFor();
    await expect
      .poll(() => card.getByRole('textbox', { name: 'New note on Juan Guaidó' }).inputValue())
      .toBe('Recognised by most of the Lima Group');
    await Promise.all([page.close(), notebook.close()]);
  });
});
