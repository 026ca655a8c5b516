// Step numbers in the order the process flows (not the order the machine is written), with branches marked:
// steps first reached at the same point of the flow share a number and get letters (6a, 6b).

export interface FlowGraph {
  /** Where the process begins: the steps current when it starts. */
  initialPaths: readonly string[];
  steps: readonly { path: string; outcomes: readonly { targets: readonly string[] }[] }[];
}

/** Each step's number as staff read it: "1", "2", "6a", "6b". Steps the flow never reaches are numbered after the rest. */
export function flowNumbers(graph: FlowGraph): Map<string, string> {
  const next = new Map(graph.steps.map((step) => [step.path, step.outcomes.flatMap((outcome) => outcome.targets)]));
  const seen = new Set<string>();
  const levels: string[][] = [];
  let level = graph.initialPaths.filter((path) => next.has(path));
  const visit = (paths: string[]) => {
    const fresh = [...new Set(paths)].filter((path) => !seen.has(path));
    fresh.forEach((path) => seen.add(path));
    return fresh;
  };
  level = visit(level);
  while (level.length > 0) {
    levels.push(level);
    level = visit(level.flatMap((path) => next.get(path) ?? []).filter((path) => next.has(path)));
    // A step no option reaches still gets a number, after everything that is reached.
    const unreached = graph.steps.find((step) => !seen.has(step.path));
    if (level.length === 0 && unreached) level = visit([unreached.path]);
  }
  const numbers = new Map<string, string>();
  levels.forEach((paths, index) => {
    for (const [position, path] of paths.entries())
      numbers.set(path, paths.length > 1 ? `${index + 1}${branchLetter(position)}` : String(index + 1));
  });
  return numbers;
}

/** a, b, … z, then aa, ab: a decision with more than 26 options is unlikely, but must not break the numbering. */
function branchLetter(position: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return position < letters.length
    ? letters[position]!
    : `${branchLetter(Math.floor(position / letters.length) - 1)}${letters[position % letters.length]}`;
}

/** Orders flow numbers as a reader expects: 2, 3a, 3b, 10 (not 10 before 2). */
export function compareFlowNumbers(a: string, b: string): number {
  return Number.parseInt(a, 10) - Number.parseInt(b, 10) || a.length - b.length || a.localeCompare(b);
}
