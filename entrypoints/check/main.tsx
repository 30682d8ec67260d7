import '../../components/extension-page.css';
import { render } from 'preact';
import { CheckPage } from './check-page';

const root = document.getElementById('app');
if (root) render(<CheckPage />, root);
