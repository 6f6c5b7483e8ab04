import { render } from 'preact';
import { loadEntityNames } from '../../catalogue/entity-names';
import { Popup } from './Popup';
import { nameDocument, t } from '../../i18n/i18n';

nameDocument(t('extName'));

// The entities' names and descriptions in the reader's language, before anything shows.
void loadEntityNames().then(() => render(<Popup />, document.getElementById('app')!));
