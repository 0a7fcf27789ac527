import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/** The document Plot draws into: linkedom's, since the report is made outside a browser. @internal */
export type PlotDocument = NonNullable<Plot.PlotOptions['document']>;

/** A fresh, empty document for one report's charts. @internal */
export function plotDocument(): PlotDocument {
  return parseHTML('<!doctype html><html><head></head><body></body></html>')
    .document as unknown as PlotDocument;
}

/**
 * Draws one chart with Observable Plot into the given document and returns its SVG markup. Plot
 * writes every datum's text through the DOM (titles as text nodes), so it comes out escaped.
 *
 * @internal
 */
export function renderPlot(document: PlotDocument, options: Plot.PlotOptions): string {
  const node = Plot.plot({
    document,
    style: { fontSize: '12px', fontFamily: 'inherit', background: 'transparent' },
    ...options,
  } as Plot.PlotOptions);
  return (node as unknown as { outerHTML: string }).outerHTML;
}

export { Plot };
