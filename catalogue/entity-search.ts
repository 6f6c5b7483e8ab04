/**
 * Typo-tolerant search over the catalogue (names, surface forms,
 * descriptions, in the reader's language and in English), for the popup and
 * the notebook. Extension pages only: fuse.js
 * stays out of the content script.
 */
import Fuse from 'fuse.js';
import { CATALOGUE, type EntityDef } from '../data/catalogue';
import { formText } from '../data/entity-kinds';
import { fold } from '../matching/fold';
import { entityDescription, entityName } from './entity-names';

interface Searchable {
  entity: EntityDef;
  names: string[];
  descriptions: string[];
}

/** Made at the first search, once the reader's language is loaded (entity-names.ts). */
let fuse: Fuse<Searchable> | undefined;

function index(): Fuse<Searchable> {
  const searchable = CATALOGUE.map((entity) => ({
    entity,
    // The reader's language and all the others Gloss knows; folded too, so "guaido" and "Guaidó" meet.
    names: [entityName(entity.id), entity.name, ...entity.forms, ...(entity.translations ?? [])]
      .map(formText)
      .flatMap((n) => [n, fold(n)]),
    descriptions: [...new Set([entityDescription(entity.id), entity.description])],
  }));
  return new Fuse(searchable, {
    keys: [
      { name: 'names', weight: 3 },
      { name: 'descriptions', weight: 1 },
    ],
    threshold: 0.35,
    ignoreLocation: true,
  });
}

export function searchEntities(query: string, limit = 8): EntityDef[] {
  const q = query.trim();
  if (!q) return [];
  return (fuse ??= index()).search(fold(q), { limit }).map((r) => r.item.entity);
}
