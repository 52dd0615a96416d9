import '@testing-library/jest-dom/jest-globals';

import { TextDecoder, TextEncoder } from 'node:util';

import { configure } from '@testing-library/react';

import { installMatchMedia } from './match-media';

// react-router 7 creates a TextEncoder when it loads, and jsdom has none.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// The default of 1 s for findBy queries is too short on a busy CI machine,
// where a render with the map and its effects can take several seconds.
configure({ asyncUtilTimeout: 5000 });

// jsdom does no layout, so every element measures 0 x 0. Leaflet sizes its
// map from the container's client size, and with 0 x 0 it would place every
// marker outside the view. Map containers get a fixed desktop-like size.
const MAP_WIDTH = 800;
const MAP_HEIGHT = 600;

function isMapContainer(element: HTMLElement): boolean {
  return element.classList.contains('leaflet-container');
}

Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
  configurable: true,
  get(this: HTMLElement) {
    return isMapContainer(this) ? MAP_WIDTH : 0;
  },
});

Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
  configurable: true,
  get(this: HTMLElement) {
    return isMapContainer(this) ? MAP_HEIGHT : 0;
  },
});

// Leaflet's keyboard handler restores the page scroll on mousedown, and jsdom
// has no scrolling to restore.
window.scrollTo = () => {};

// jsdom has no matchMedia. Each test starts at a desktop width, and a test
// that needs a phone layout installs its own width.
beforeEach(() => {
  installMatchMedia(1280);
});
