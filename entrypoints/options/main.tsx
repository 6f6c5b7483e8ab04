import { render } from 'preact';
import '../../components/extension-page.css';
import { Options } from './Options';
import { nameDocument, t } from '../../i18n/i18n';

nameDocument(t('options.title'));

render(<Options />, document.getElementById('app')!);
