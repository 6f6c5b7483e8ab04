import { render } from 'preact';
import { loadEntityNames } from '../../catalogue/entity-names';
import '../../components/extension-page.css';
import { Notebook } from './Notebook';
import { nameDocument, t } from '../../i18n/i18n';

nameDocument(t('notebook.title'));

// The entities' names and descriptions in the reader's language, before anything shows.
void loadEntityNames().then(() => render(<Notebook />, document.getElementById('app')!));
