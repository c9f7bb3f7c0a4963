import 'server-only';
import { readFile } from 'node:fs/promises';

/**
 * Fonts of the link-unfurl picture. The renderer's built-in font has Latin only and, for any glyph it
 * lacks, would try to download a font at run time; so podmem brings its own from Debian packages:
 * fonts-dejavu-core (Latin, regular and bold) and fonts-droid-fallback (CJK; it has no Latin, hence both).
 */
const FONT_DIR = '/usr/share/fonts/truetype';
const FILES = {
  regular: `${FONT_DIR}/dejavu/DejaVuSans.ttf`,
  bold: `${FONT_DIR}/dejavu/DejaVuSans-Bold.ttf`,
  cjk: `${FONT_DIR}/droid/DroidSansFallbackFull.ttf`,
};

export interface CardFont {
  name: string;
  data: ArrayBuffer;
  weight: 400 | 700;
  style: 'normal';
}

export interface CardFonts {
  /** undefined: the renderer's built-in font (Latin only). */
  fonts: CardFont[] | undefined;
  /** Chinese text can be drawn; otherwise a Chinese card is drawn in English. */
  cjk: boolean;
}

async function load(path: string): Promise<ArrayBuffer | null> {
  try {
    const buf = await readFile(path);
    return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
  } catch {
    return null;
  }
}

let loaded: Promise<CardFonts> | undefined;

/** The fonts, read once per process; a missing package costs a warning, never an error. */
export function cardFonts(): Promise<CardFonts> {
  loaded ??= Promise.all([load(FILES.regular), load(FILES.bold), load(FILES.cjk)]).then(([regular, bold, cjk]) => {
    if (!regular) {
      console.warn(`podmem: ${FILES.regular} is missing (Debian: fonts-dejavu-core); link previews use the built-in font, in English.`);
      return { fonts: undefined, cjk: false };
    }
    if (!cjk) console.warn(`podmem: ${FILES.cjk} is missing (Debian: fonts-droid-fallback); Chinese link previews are drawn in English.`);
    const fonts: CardFont[] = [{ name: 'DejaVu Sans', data: regular, weight: 400, style: 'normal' }];
    if (bold) fonts.push({ name: 'DejaVu Sans', data: bold, weight: 700, style: 'normal' });
    if (cjk) fonts.push({ name: 'Droid Sans Fallback', data: cjk, weight: 400, style: 'normal' });
    return { fonts, cjk: cjk !== null };
  });
  return loaded;
}
