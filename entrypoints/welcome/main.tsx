import { render } from 'preact';
import '../../components/extension-page.css';
import { Welcome } from './Welcome';
import { nameDocument, t } from '../../i18n/i18n';

nameDocument(t('welcome.title'));

render(<Welcome />, document.getElementById('app')!);
