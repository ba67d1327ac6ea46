// Popup entry: styles + mount. See App.tsx.
import { render } from 'preact';
import '../../components/styles/card.css';
import '../../components/popup/popup.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
