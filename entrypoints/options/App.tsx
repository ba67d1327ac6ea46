import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/options/options.css';

/** The options page: import, library, outlets, settings (see components/options/). */
export function App() {
  return <OptionsApp />;
}
