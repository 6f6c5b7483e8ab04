/**
 * Typo-tolerant search over the catalogue (names, surface forms,
 * descriptions), for the popup and the notebook. Extension pages only: fuse.js
 * stays out of the content script.
 */
import Fuse from 'fuse.js';
import { CATALOGUE, type EntityDef } from '../data/catalogue';
import { formText } from '../data/entity-kinds';
import { fold } from '../matching/fold';

interface Searchable {
  entity: EntityDef;
  names: string[];
  description: string;
}

const searchable: Searchable[] = CATALOGUE.map((entity) => ({
  entity,
  // Folded too, so "guaido" and "Guaidó" meet.
  names: [entity.name, ...entity.forms, ...(entity.translations ?? [])]
    .map(formText)
    .flatMap((n) => [n, fold(n)]),
  description: entity.description,
}));

const fuse = new Fuse(searchable, {
  keys: [
    { name: 'names', weight: 3 },
    { name: 'description', weight: 1 },
  ],
  threshold: 0.35,
  ignoreLocation: true,
});

export function searchEntities(query: string, limit = 8): EntityDef[] {
  const q = query.trim();
  if (!q) return [];
  return fuse.search(fold(q), { limit }).map((r) => r.item.entity);
}
