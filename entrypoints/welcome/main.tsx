import { render } from 'preact';
import { loadEntityNames } from '../../catalogue/entity-names';
import '../../components/extension-page.css';
import { Welcome } from './Welcome';
import { nameDocument, t } from '../../i18n/i18n';

nameDocument(t('welcome.title'));

// The entities' names and descriptions in the reader's language, before anything shows.
void loadEntityNames().then(() => render(<Welcome />, document.getElementById('app')!));
