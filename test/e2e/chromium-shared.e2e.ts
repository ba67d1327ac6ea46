/**
 * The shared suite (shared-suite.ts) in Chromium with the MV3 build, so the Firefox suite's checks are the
 * same ones that hold in Chromium, through the same driver interface.
 */
import { chromiumDriver } from './driver';
import { defineExtensionSuite } from './shared-suite';

defineExtensionSuite(() => chromiumDriver());
