import { render } from 'preact';
import { Reader } from './Reader';

const query = new URLSearchParams(location.search);
const passage = query.get('passage');
render(
  <Reader article={query.get('article') ?? '000'} passage={passage === null ? undefined : Number(passage)} />,
  document.getElementById('app')!,
);
