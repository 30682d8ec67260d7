import '../../components/extension-page.css';
import { render } from 'preact';
import { PopupPage } from './popup-page';

const root = document.getElementById('app');
if (root) render(<PopupPage />, root);
