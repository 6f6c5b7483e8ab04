import { render } from 'preact';
import { loadEntityNames } from '../../catalogue/entity-names';
import { Reader } from './Reader';

const query = new URLSearchParams(location.search);
const passage = query.get('passage');
// The entities' names and descriptions in the reader's language, before anything shows.
void loadEntityNames().then(() =>
  render(
    <Reader
      article={query.get('article') ?? '000'}
      passage={passage === null ? undefined : Number(passage)}
    />,
    document.getElementById('app')!,
  ),
);
