import { render } from 'preact';
import '../../components/extension-page.css';
import { Notebook } from './Notebook';

render(<Notebook />, document.getElementById('app')!);
