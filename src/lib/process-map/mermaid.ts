// Mermaid flowchart text generated from the process model (never hand-written): one subgraph per lane.
import { roles } from '../roles';
import { stepTimescaleText } from './diagram/timescale-text';
import type { ProcessModel, Step } from './model';

/** Mermaid node ids must be simple: "recall.considerAlternatives" → "recall__considerAlternatives". */
export function mermaidNodeId(path: string): string {
  return path.replace(/\./g, '__');
}

/** Text inside a Mermaid label: quotes and angle brackets would end or break it. */
export function mermaidLabel(text: string): string {
  return text
    .replace(/"/g, "'")
    .replace(/[<>]/g, '')
    .replace(/[\r\n]+/g, ' ');
}

/** "3. Send a letter", and below it the step's timescale as the diagram's badge says it ("within 2 working days"). */
export function mermaidStepLabel(step: Step): string {
  const timescale = stepTimescaleText(step);
  const title = `${step.number}. ${mermaidLabel(step.meta.title)}`;
  return timescale ? `${title}<br/>${mermaidLabel(timescale)}` : title;
}

function nodeShape(step: Step): string {
  const id = mermaidNodeId(step.path);
  const label = `"${mermaidStepLabel(step)}"`;
  switch (step.meta.kind) {
    case 'decision':
      return `${id}{${label}}`;
    case 'start':
    case 'end':
      return `${id}([${label}])`;
    case 'wait':
      return `${id}(${label})`;
    default:
      return `${id}[${label}]`;
  }
}

/**
 * The map as a Mermaid flowchart. With the map's title it also carries an accessible title and description, which
 * Mermaid Live, GitHub and this site's own diagrams give the drawing as its name and description.
 */
export function toMermaid(model: ProcessModel, title?: string): string {
  const lines = ['flowchart TD'];
  if (title) {
    const lanes = model.lanes.map((lane) => mermaidLabel(roles[lane]));
    lines.push(`  accTitle: Process map: ${mermaidLabel(title)}`);
    lines.push(
      `  accDescr: The steps in the order they happen, in one group for each role (${lanes.join('; ')}), ` +
        'with each decision drawn as a diamond and each step’s timescale under its title.',
    );
  }
  for (const lane of model.lanes) {
    lines.push(`  subgraph lane_${lane.replace(/-/g, '_')}["${mermaidLabel(roles[lane])}"]`);
    for (const step of model.steps.filter((candidate) => candidate.meta.lane === lane))
      lines.push(`    ${nodeShape(step)}`);
    lines.push('  end');
  }
  for (const step of model.steps) {
    for (const outcome of step.outcomes) {
      for (const target of outcome.targets) {
        lines.push(`  ${mermaidNodeId(step.path)} -->|"${mermaidLabel(outcome.label)}"| ${mermaidNodeId(target)}`);
      }
    }
  }
  return lines.join('\n');
}
