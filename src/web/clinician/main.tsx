import '../zod-jitless.ts';
import { render } from 'preact';
import { Dashboard } from './app.tsx';

const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  render(<Dashboard />, root);
}
