/**
 * Each entity's name as the catalogue gives it in Gloss's other languages
 * (data/catalogue.<lang>.json), made a form the matcher knows too: a Spanish
 * page that writes "Grupo de Lima" is marked as "Lima Group" is. The same
 * rules judge these as any form (a person's single name is a surname, not
 * marked alone without evidence; a name written with a capital needs one on
 * the page). Names that describe rather than name (with a parenthesis, or
 * longer than a name runs) are left out: no page writes them so.
 */
import type { EntityDef } from '../data/catalogue';
import type { CatalogueLanguage } from '../data/catalogue-language';
import { formText } from '../data/entity-kinds';
import { fold } from '../matching/fold';
import de from '../data/catalogue.de.json';
import es from '../data/catalogue.es.json';
import fr from '../data/catalogue.fr.json';
import pt from '../data/catalogue.pt.json';
import ru from '../data/catalogue.ru.json';
import uk from '../data/catalogue.uk.json';

const LANGUAGES: CatalogueLanguage[] = [es, pt, fr, de, ru, uk];
/** "Grupo Internacional de Contacto sobre Venezuela" is a name; a longer phrase is a description. */
const MAX_WORDS = 6;

export function withCatalogueNames(catalogue: readonly EntityDef[]): EntityDef[] {
  // A form two entities shared would name neither: the first one to hold it keeps it.
  const seen = new Set(
    catalogue.flatMap((e) => [...e.forms, ...(e.translations ?? [])].map((f) => fold(formText(f)))),
  );
  return catalogue.map((entity) => {
    const added: string[] = [];
    for (const names of LANGUAGES) {
      const name = names[entity.id]?.name;
      if (!name || name.includes('(') || name.split(/\s+/).length > MAX_WORDS) continue;
      const key = fold(name);
      if (seen.has(key)) continue;
      seen.add(key);
      added.push(name);
    }
    return added.length > 0
      ? { ...entity, translations: [...(entity.translations ?? []), ...added] }
      : entity;
  });
}
