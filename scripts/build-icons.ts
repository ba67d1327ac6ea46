/**
 * Rasterises the hand-drawn icon sources (assets/icons/*.svg) into the PNG sizes browsers and stores ask
 * for: public/icon/<variant>-<size>.png at 16, 32, 48 and 128 px. The PNGs are committed; run this again
 * (`npm run icons`) after editing an SVG. resvg renders each size from the vector, so small sizes stay sharp.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SOURCES = path.join(ROOT, 'assets/icons');
const OUT = path.join(ROOT, 'public/icon');

/** Sizes Chrome and Firefox use: toolbar 16/32, extensions page 48, store and install dialog 128. */
export const ICON_SIZES = [16, 32, 48, 128] as const;

/** The icon variants (file stems of assets/icons/*.svg). */
export const ICON_VARIANTS = ['claimlens', 'claimlens-light-toolbar', 'claimlens-dark-toolbar', 'claimlens-paused'] as const;

function main(): void {
  fs.mkdirSync(OUT, { recursive: true });
  for (const variant of ICON_VARIANTS) {
    const svg = fs.readFileSync(path.join(SOURCES, `${variant}.svg`), 'utf8');
    for (const size of ICON_SIZES) {
      const png = new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng();
      const file = path.join(OUT, `${variant}-${size}.png`);
      fs.writeFileSync(file, png);
      console.log(`icons: ${path.relative(ROOT, file)} (${png.length} bytes)`);
    }
  }
}

main();
