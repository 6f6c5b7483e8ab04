import { render } from 'preact';
import { Popup } from './Popup';
import { nameDocument, t } from '../../i18n/i18n';

nameDocument(t('extName'));

render(<Popup />, document.getElementById('app')!);
