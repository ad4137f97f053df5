import '../zod-jitless.ts';
import { render } from 'preact';
import { inRightLanguage } from '../language.ts';
import { Dashboard } from './app.tsx';

const root = document.getElementById('app');
// A clinician whose language is another build's is sent there before anything renders.
if (root && inRightLanguage()) {
  root.textContent = '';
  render(<Dashboard />, root);
}
