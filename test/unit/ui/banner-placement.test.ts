import { describe, expect, it } from 'vitest';
import { overlapArea, placeBanner, type Box } from '../../../src/ui/banner-placement';

const VIEWPORT = { width: 1280, height: 800 };
const SIZE = { width: 560, height: 180 };
const control = (box: Box) => ({ box, weight: 1 });

describe('banner placement', () => {
  it('stays at the top centre when nothing is there', () => {
    expect(placeBanner(VIEWPORT, SIZE, [])).toMatchObject({ left: 360, top: 12 });
  });

  it("moves away from a centred post dialog's header (audience and close button)", () => {
    // Facebook's post dialog: 500 px wide, centred, header with the close button at its top.
    const dialog = { left: 390, top: 60, width: 500, height: 480 };
    const close = control({ left: 840, top: 70, width: 36, height: 36 });
    const audience = control({ left: 420, top: 130, width: 110, height: 28 });
    const place = placeBanner(VIEWPORT, SIZE, [{ box: dialog, weight: 0.01 }, close, audience]);
    expect(overlapArea(place, close.box)).toBe(0);
    expect(overlapArea(place, audience.box)).toBe(0);
    expect(overlapArea(place, dialog)).toBe(0); // there is room outside the dialog: below it
  });

  it('chooses the place that covers least when every place covers something', () => {
    // Controls along the whole top and bottom rows; only the bottom corners' strip is lighter.
    const top = control({ left: 0, top: 0, width: 1280, height: 200 });
    const bottom = control({ left: 0, top: 700, width: 1280, height: 100 });
    const place = placeBanner(VIEWPORT, SIZE, [top, bottom]);
    expect(place.top).toBeGreaterThan(400);
  });

  it.each([
    ['touching edges', { left: 0, top: 0, width: 10, height: 10 }, { left: 10, top: 0, width: 10, height: 10 }, 0],
    ['no size', { left: 0, top: 0, width: 0, height: 0 }, { left: 0, top: 0, width: 10, height: 10 }, 0],
    ['overlap', { left: 0, top: 0, width: 10, height: 10 }, { left: 5, top: 5, width: 10, height: 10 }, 25],
  ])('overlap area: %s', (_name, a, b, area) => {
    expect(overlapArea(a, b)).toBe(area);
  });
});
