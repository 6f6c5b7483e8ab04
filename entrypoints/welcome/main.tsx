import { render } from 'preact';
import '../../components/extension-page.css';
import { Welcome } from './Welcome';

render(<Welcome />, document.getElementById('app')!);
