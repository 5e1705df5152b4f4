/**
 * Where a floating notice goes so it covers none of the site's controls: the first of a few
 * places at the screen's edges whose rectangle overlaps no control the page offers (weighted),
 * else the one that overlaps least. Pure geometry; the caller measures the page.
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Something to keep clear; a control weighs 1, a container such as the composer's dialog less. */
export interface Obstacle {
  box: Box;
  weight: number;
}

/** Area shared by two boxes (0 when they only touch or one has no size). */
export function overlapArea(a: Box, b: Box): number {
  const width = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const height = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

/** Top centre first (where it always was), then the bottom and the corners. */
export function bannerPlaces(
  viewport: { width: number; height: number },
  size: { width: number; height: number },
  margin = 12,
): Box[] {
  const centre = Math.max(0, (viewport.width - size.width) / 2);
  const right = Math.max(0, viewport.width - size.width - margin);
  const bottom = Math.max(0, viewport.height - size.height - margin);
  return [
    { left: centre, top: margin },
    { left: centre, top: bottom },
    { left: margin, top: margin },
    { left: right, top: margin },
    { left: margin, top: bottom },
    { left: right, top: bottom },
  ].map((place) => ({ ...place, width: size.width, height: size.height }));
}

export function placeBanner(
  viewport: { width: number; height: number },
  size: { width: number; height: number },
  obstacles: readonly Obstacle[],
): Box {
  let best: Box | null = null;
  let bestCost = Infinity;
  for (const place of bannerPlaces(viewport, size)) {
    let cost = 0;
    for (const obstacle of obstacles) cost += overlapArea(place, obstacle.box) * obstacle.weight;
    if (cost < bestCost) {
      best = place;
      bestCost = cost;
    }
    if (cost === 0) break;
  }
  return best!;
}
