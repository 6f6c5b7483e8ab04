import { render } from 'preact';
import { Notebook } from './Notebook';

render(<Notebook />, document.getElementById('app')!);
