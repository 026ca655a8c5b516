// `npm run bench`, the comparison: the same process graphs laid out by ELK's layered algorithm (elkjs, a dev
// dependency used only here; it never reaches the site), lanes ignored, measured by the same quality function as ours.
import ELK from 'elkjs/lib/elk.bundled.js';

const elk = new ELK();

/**
 * ELK's layout of a model, drawn with our boxes and label sizes, as a DiagramLayout the quality function reads.
 * `tools` are our own modules: graph (buildGraph), box (boxShape, boxText), label (labelSize).
 */
export async function elkLayout(model, tools, boxWidth = 160) {
  const graph = tools.buildGraph(model);
  const shapes = new Map(model.steps.map((step) => [step.path, tools.boxShape(step, boxWidth)]));
  const children = graph.nodes.map((node) => ({
    id: node.id,
    width: node.gateway ? 120 : boxWidth,
    height: node.gateway ? 8 : shapes.get(node.id).height,
  }));
  const labelled = new Map();
  for (const transition of graph.transitions)
    if (transition.label && !labelled.has(transition.legs[0].key))
      labelled.set(transition.legs[0].key, transition.label);
  const edges = graph.legs.map((leg, index) => {
    const text = labelled.get(leg.key);
    const size = text ? tools.labelSize(text) : undefined;
    return {
      id: `e${index}`,
      sources: [leg.from],
      targets: [leg.to],
      labels: size ? [{ id: `l${index}`, text, width: size.width, height: size.height }] : [],
    };
  });
  const result = await elk.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.layered.spacing.edgeEdgeBetweenLayers': '14',
      'elk.spacing.edgeEdge': '14',
      'elk.spacing.nodeNode': '36',
      'elk.layered.spacing.nodeNodeBetweenLayers': '40',
      'elk.edgeLabels.placement': 'HEAD',
    },
    children,
    edges,
  });
  const position = new Map(result.children.map((child) => [child.id, child]));
  const legPoints = new Map(
    result.edges.map((edge, index) => {
      const section = edge.sections?.[0];
      const points = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : [];
      return [graph.legs[index].key, { points, label: edge.labels?.[0] }];
    }),
  );
  const boxes = model.steps.map((step) => {
    const node = position.get(step.path);
    const rect = { x: node.x, y: node.y, width: node.width, height: node.height };
    const text = tools.boxText(shapes.get(step.path), rect);
    return {
      path: step.path,
      kind: step.meta.kind,
      rect,
      labelRect: text.label,
      ...(text.badge ? { badge: { rect: text.badge } } : {}),
    };
  });
  const connectors = graph.transitions.map((transition) => {
    const legs = transition.legs.map((leg) => legPoints.get(leg.key));
    const first = legs[0];
    const label = first.label && first.label.x !== undefined ? first.label : undefined;
    return {
      from: transition.from,
      to: transition.to,
      event: transition.event,
      points: legs.flatMap((leg) => leg.points),
      legs: [first.points],
      labelRect: label ? { x: label.x, y: label.y, width: label.width, height: label.height } : undefined,
    };
  });
  return { width: result.width, height: result.height, boxes, connectors, lanes: [], gateways: [] };
}
