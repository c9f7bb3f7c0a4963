/**
 * Saves an on-screen chart as a PNG, loaded only when a user asks for one. The SVG is cloned with every
 * colour resolved from the live page (theme tokens are CSS custom properties, which a detached image
 * cannot read), drawn at twice the size on the page's background with the chart's title above it.
 */

const PAINT = [
  'fill',
  'stroke',
  'fill-opacity',
  'stroke-opacity',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'font-size',
  'font-family',
  'font-weight',
  'stop-color',
] as const;

function inlineStyles(source: SVGSVGElement, clone: SVGSVGElement): void {
  const from = [source, ...Array.from(source.querySelectorAll<SVGElement>('*'))];
  const to = [clone, ...Array.from(clone.querySelectorAll<SVGElement>('*'))];
  from.forEach((el, i) => {
    const target = to[i];
    if (!target) return;
    const cs = getComputedStyle(el);
    for (const prop of PAINT) {
      const v = cs.getPropertyValue(prop);
      if (v) target.style.setProperty(prop, v);
    }
  });
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('the chart could not be drawn as an image'));
    img.src = url;
  });
}

/** Draws the chart inside `figure` with `title` on top and downloads it as `filename`. */
export async function downloadChartPng(figure: HTMLElement, title: string, filename: string): Promise<void> {
  const svg = figure.querySelector<SVGSVGElement>('svg.recharts-surface');
  if (!svg) throw new Error('no chart to save');
  const { width, height } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(clone))}`;
  const img = await loadImage(url);
  const scale = 2;
  const header = 32;
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil((height + header) * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no canvas');
  ctx.scale(scale, scale);
  const page = getComputedStyle(figure);
  ctx.fillStyle = getComputedStyle(document.body).backgroundColor || '#ffffff';
  ctx.fillRect(0, 0, width, height + header);
  ctx.fillStyle = page.color;
  ctx.font = `600 14px ${page.fontFamily}`;
  ctx.fillText(title, 8, 21);
  ctx.drawImage(img, 0, header, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the browser could not encode the PNG');
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
