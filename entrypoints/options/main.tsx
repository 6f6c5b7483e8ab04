import { render } from 'preact';
import '../../components/extension-page.css';
import { Options } from './Options';

render(<Options />, document.getElementById('app')!);
