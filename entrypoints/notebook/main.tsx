import { render } from 'preact';
import '../../components/extension-page.css';
import { Notebook } from './Notebook';
import { nameDocument, t } from '../../i18n/i18n';

nameDocument(t('notebook.title'));

render(<Notebook />, document.getElementById('app')!);
