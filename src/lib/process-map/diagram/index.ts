// The swimlane diagram of a process map: layout, SVG, geometric checks and BPMN export, all pure and run at build time.
export { layoutDiagram, DiagramLayoutError } from './layout';
export { escape as escapeXml, renderDiagramSvg, stepElementId, type RenderOptions } from './svg';
export { diagramToBpmn } from './bpmn';
export { diagramGeometryProblems, layoutGeometry, modelTransitions } from './geometry';
export type * from './types';
