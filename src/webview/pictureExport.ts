/**
 * Turns what a webview draws as SVG into a picture that stands on its own: the theme's
 * colours and fonts, which live in CSS variables of the webview, written into the elements,
 * hidden elements left out, and (for PNG) painted on a canvas.
 */

/** The properties whose computed values the standalone picture needs. */
const PAINTED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
] as const;

/**
 * The SVG text of `svg` as drawn, cropped to `content` (a group drawn in user units, whose
 * own transform, the pan and zoom, is dropped) with a margin, on the theme's background.
 */
export function standaloneSvg(svg: SVGSVGElement, content: SVGGraphicsElement, margin = 24): string {
  const box = content.getBBox();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll<SVGElement>('*')];
  const copies = [copy, ...copy.querySelectorAll<SVGElement>('*')];
  const hidden: Element[] = [];
  originals.forEach((original, at) => {
    const target = copies[at]!;
    const style = getComputedStyle(original);
    if (style.display === 'none' || style.visibility === 'hidden') {
      hidden.push(target);
      return;
    }
    for (const property of PAINTED) target.setAttribute(property, style.getPropertyValue(property));
    target.removeAttribute('class');
    target.removeAttribute('tabindex');
  });
  for (const element of hidden) element.remove();
  copy.querySelector(`#${content.id}`)?.removeAttribute('transform');
  const width = Math.ceil(box.width + 2 * margin);
  const height = Math.ceil(box.height + 2 * margin);
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('viewBox', `${box.x - margin} ${box.y - margin} ${width} ${height}`);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.removeAttribute('style');
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('x', String(box.x - margin));
  background.setAttribute('y', String(box.y - margin));
  background.setAttribute('width', String(width));
  background.setAttribute('height', String(height));
  background.setAttribute('fill', getComputedStyle(document.body).backgroundColor);
  copy.insertBefore(background, copy.firstChild);
  return new XMLSerializer().serializeToString(copy);
}

/** A standalone SVG painted as PNG bytes, at `scale` times its size (sharper on print and retina screens). */
export async function svgToPng(svgText: string, scale = 2): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(image.naturalWidth * scale);
    canvas.height = Math.ceil(image.naturalHeight * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this webview cannot paint pictures');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the picture could not be painted');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
