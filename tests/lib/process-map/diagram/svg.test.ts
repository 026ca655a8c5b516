// The inline SVG follows the diagram contract the map page, presenter and guidance pages rely on.
import { describe, expect, it } from 'vitest';
import { layoutDiagram, renderDiagramSvg } from '../../../../src/lib/process-map/diagram';
import { touchesLabel } from '../../../../src/lib/process-map/diagram/quality';
import { describeMachine } from '../../../../src/lib/process-map/model';
import { processById } from '../../../../src/machines';

const model = describeMachine(processById('enforcement')!.machine);
const layout = layoutDiagram(model);
const svg = renderDiagramSvg(layout, { idPrefix: 'map-enforcement', title: 'Enforcement of orders & licences' });
const attributes = (pattern: RegExp) => [...svg.matchAll(pattern)].map((match) => match[1]);

describe('renderDiagramSvg', () => {
  it('is a labelled group sized to the layout, named by its title', () => {
    expect(svg).toMatch(
      new RegExp(
        `^<svg [^>]*class="app-diagram" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" role="group" aria-labelledby="map-enforcement-title">`,
      ),
    );
    expect(svg).toContain('<title id="map-enforcement-title">Enforcement of orders &amp; licences</title>');
  });

  it('draws one lane per role, in the layout’s order, and every step once with its kind, lane and prefixed id', () => {
    expect(attributes(/<g class="app-diagram__lane[^"]*" data-lane="([^"]+)"/g)).toEqual(
      layout.lanes.map((lane) => lane.role),
    );
    expect(attributes(/data-step="([^"]+)"/g)).toEqual(model.steps.map((step) => step.path));
    expect(svg).toContain(
      '<g class="app-diagram__step app-diagram__step--decision" data-step="decideOnExplanation" data-lane="com" id="map-enforcement-step-decideOnExplanation">',
    );
  });

  it('wraps a long title into lines of the step label, after the step’s number in bold', () => {
    const step = svg.slice(svg.indexOf('data-step="licenceExplanation"'));
    const label = step.slice(step.indexOf('<text class="app-diagram__label"'), step.indexOf('</text>'));
    const number = model.steps.find((candidate) => candidate.path === 'licenceExplanation')!.number;
    expect(label).toContain(`<tspan class="app-diagram__number">${number}.</tspan>`);
    expect([...label.matchAll(/<tspan x="[^"]*" y="[^"]*">(.*?)<\/tspan>(?=<tspan x|$)/g)].length).toBeGreaterThan(1);
    expect(
      label
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    ).toBe(`${number}. Decide whether the explanation is acceptable (licence)`);
  });

  it('draws the steps whose actor the source does not name dashed, in no lane of their own, and says who in data-lane', () => {
    expect(svg).not.toContain('app-diagram__lane--role-not-named');
    expect(svg).not.toContain('Role not named in the source');
    expect(svg).toContain(
      '<g class="app-diagram__step app-diagram__step--activity app-diagram__step--role-not-named" data-step="sendWarningLetter" data-lane="not-stated" data-drawn-lane="com"',
    );
    expect(svg).toMatch(/<g class="app-diagram__step app-diagram__step--decision" data-step="decideOnExplanation"/);
  });

  it('draws every connector with its ends and event, and the option in words on each branch', () => {
    expect(
      attributes(/<g class="app-diagram__edge[^"]*" data-from="[^"]+" data-to="[^"]+" data-event="([^"]+)"/g),
    ).toHaveLength(layout.connectors.length);
    const branch = svg.slice(
      svg.indexOf('data-from="decideOnExplanation" data-to="recordRationale" data-event="EXPLANATION_ACCEPTED"'),
    );
    expect(branch.slice(0, branch.indexOf('</g>'))).toMatch(/marker-end="url\(#map-enforcement-arrow\)"/);
    const words = [...branch.slice(0, branch.indexOf('</g>')).matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)];
    expect(words.map((match) => match[1]).join(' ')).toBe('Acceptable explanation given');
  });

  it('shows the timescale as a badge on the box', () => {
    const step = svg.slice(svg.indexOf('data-step="sendWarningLetter"'));
    const badge = step.slice(step.indexOf('<g class="app-diagram__badge">'), step.indexOf('</g></g>'));
    expect([...badge.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((match) => match[1]).join(' ')).toBe(
      'within 2 working days',
    );
  });

  it('uses no inline styles (the CSP forbids them), and ids that differ between two diagrams on one page', () => {
    expect(svg).not.toMatch(/\sstyle=/);
    const other = renderDiagramSvg(layout, { idPrefix: 'guidance-enforcement', title: 'Enforcement' });
    const ids = (markup: string) => [...markup.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    expect(ids(svg).filter((id) => ids(other).includes(id))).toEqual([]);
    expect(new Set(ids(svg)).size).toBe(ids(svg).length);
  });

  it('draws an option’s words over any other line that passes them, so they stay whole', () => {
    // The ten maps' words are touched by no line now: one labelled line is moved to run through the first words.
    const labelled = layout.connectors.filter((connector) => connector.labelRect);
    const [words, passing] = [labelled[0]!, labelled.at(-1)!];
    const { x, y, width, height } = words.labelRect!;
    const through = {
      ...passing,
      points: [
        { x: x - 10, y: y + height / 2 },
        { x: x + width + 10, y: y + height / 2 },
      ],
    };
    expect(touchesLabel(words, through)).toBe(true);
    const crossed = {
      ...layout,
      connectors: layout.connectors.map((connector) => (connector === passing ? through : connector)),
    };
    const markup = renderDiagramSvg(crossed, { idPrefix: 'map-enforcement', title: 'Enforcement' });
    const position = ({ from, to }: { from: string; to: string }) =>
      markup.indexOf(`data-from="${from}" data-to="${to}"`);
    expect(position(words)).toBeGreaterThan(position(through));
  });

  it('draws fork and join bars for parallel strands', () => {
    const chaplaincy = layoutDiagram(describeMachine(processById('chaplaincy-in-prison')!.machine));
    const markup = renderDiagramSvg(chaplaincy, { idPrefix: 'chaplaincy', title: 'Chaplaincy' });
    expect(markup).toContain('<g class="app-diagram__gateway" data-gateway="fork" data-group="duringCustody">');
    expect(markup).toContain('<g class="app-diagram__gateway" data-gateway="join" data-group="duringCustody">');
  });
});

describe('renderDiagramSvg for part of a map', () => {
  const steps = ['sendWarningLetter', 'awaitEvidence', 'decideOnExplanation'];
  const part = renderDiagramSvg(layout, {
    idPrefix: 'guidance',
    title: 'Warning letter',
    steps,
    stepHref: (path) => `/process-maps/enforcement/#step-${path}`,
  });

  it('draws only the chosen steps, each a link to its step on the map page', () => {
    expect([...part.matchAll(/data-step="([^"]+)"/g)].map((match) => match[1])).toEqual(steps);
    expect(part).toContain('<a class="app-diagram__link" href="/process-maps/enforcement/#step-awaitEvidence"><g');
  });

  it('draws only the connectors between chosen steps, and keeps every lane it draws', () => {
    const edges = [...part.matchAll(/data-from="([^"]+)" data-to="([^"]+)"/g)].map(
      (match) => `${match[1]}→${match[2]}`,
    );
    expect(edges.sort()).toEqual(['awaitEvidence→decideOnExplanation', 'sendWarningLetter→awaitEvidence']);
    expect([...part.matchAll(/data-lane="([^"]+)"><rect class="app-diagram__lane-band"/g)]).toHaveLength(
      layout.lanes.length,
    );
  });

  it('is cropped to the rows those steps sit in', () => {
    const height = Number(part.match(/viewBox="0 0 [\d.]+ ([\d.]+)"/)![1]);
    expect(height).toBeLessThan(layout.height / 2);
  });
});
