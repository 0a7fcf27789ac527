import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { replaceControls } from './escape.js';

/** The document Plot draws into: linkedom's, since the report is made outside a browser. @internal */
export type PlotDocument = NonNullable<Plot.PlotOptions['document']>;

/** A fresh, empty document for one report's charts. @internal */
export function plotDocument(): PlotDocument {
  return parseHTML('<!doctype html><html><head></head><body></body></html>')
    .document as unknown as PlotDocument;
}

/**
 * Draws one chart with Observable Plot into the given document and returns its SVG markup. Plot
 * writes every datum's text through the DOM (titles as text nodes), so it comes out escaped; the
 * controls HTML allows nowhere become U+FFFD. The chart's own style attribute is left off (the
 * page's style sheet sets its font), so the page's content security policy needs to allow no
 * style attribute.
 *
 * @internal
 */
export function renderPlot(document: PlotDocument, options: Plot.PlotOptions): string {
  const node = Plot.plot({ document, ...options } as Plot.PlotOptions) as unknown as {
    outerHTML: string;
    removeAttribute(name: string): void;
  };
  node.removeAttribute('style');
  return replaceControls(node.outerHTML);
}

export { Plot };
