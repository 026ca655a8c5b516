// The swimlane diagram of a process map: layout, SVG, geometric checks, quality figures and BPMN export, all pure and
// run at build time.
export { layoutDiagram } from './layout';
export { diagramQuality, type DiagramQuality } from './quality';
export { renderDiagramSvg, stepElementId, type RenderOptions } from './svg';
export { diagramToBpmn } from './bpmn';
export { diagramGeometryProblems, layoutGeometry, modelTransitions } from './geometry';
export type * from './types';
