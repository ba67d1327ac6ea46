/**
 * Firefox ESR end to end: the MV2 build (`.output/firefox-mv2`, from `npm run build:firefox`) installed in
 * Debian's firefox-esr through puppeteer-core over WebDriver BiDi, checked with the same suite as Chromium
 * (shared-suite.ts): overlay on a fixture article, popup search, an options import.
 */
import { firefoxDriver } from './driver';
import { defineExtensionSuite } from './shared-suite';

defineExtensionSuite(() => firefoxDriver());
