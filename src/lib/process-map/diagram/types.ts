// The shapes of a laid-out swimlane diagram: plain rectangles and polylines, so layout, rendering and checks share them.
import type { RoleId } from '../../roles';
import type { StepKind } from '../schema';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/** One role's band: a column the full height of the diagram, labelled at the top. */
export interface DiagramLane {
  role: RoleId;
  label: string;
  /** The label wrapped to the lane's width. */
  labelLines: string[];
  band: Rect;
  /** Where the label sits, at the top of the band. */
  header: Rect;
}

export interface DiagramBox {
  path: string;
  number: number;
  kind: StepKind;
  /** Who does the step: its lane in the model ("not-stated" where the source names no one). */
  lane: RoleId;
  /** The lane whose band holds the box: its own, or for a step whose actor is not named, the lane it is drawn in. */
  drawnLane: RoleId;
  title: string;
  rect: Rect;
  /** The title wrapped to fit inside the shape. */
  lines: string[];
  /** The block the title's lines fill. */
  labelRect: Rect;
  /** The timescale, e.g. "within 2 working days", drawn as a badge at the foot of the box. */
  badge?: { text: string; lines: string[]; rect: Rect };
}

/** The bar where parallel strands split (fork) or meet again (join). */
export interface DiagramGateway {
  kind: 'fork' | 'join';
  /** The parallel state's path. */
  group: string;
  rect: Rect;
}

/** One transition of the machine: from a step, on an event, to a step (through a fork or join bar when parallel). */
export interface DiagramConnector {
  from: string;
  to: string;
  event: string;
  /** The option in words; shown for every branch of a step with more than one way on. */
  label?: string;
  labelLines: string[];
  labelRect?: Rect;
  /** Orthogonal polyline from the source box's edge to the target box's edge. */
  points: Point[];
  /** The transition goes back to an earlier step (a loop). */
  isLoop: boolean;
  /** The fork or join bar the connector passes through. */
  gateway?: { kind: 'fork' | 'join'; group: string };
  /** The polyline split where it passes through a fork or join bar: one part, or the parts before and after the bar. */
  legs: Point[][];
}

export interface DiagramLayout {
  id: string;
  width: number;
  height: number;
  headerHeight: number;
  /** Font sizes in diagram units (px when drawn at its own width). */
  fontSizes: { label: number; edgeLabel: number; badge: number; lane: number };
  lanes: DiagramLane[];
  boxes: DiagramBox[];
  gateways: DiagramGateway[];
  connectors: DiagramConnector[];
}

/** What the geometric checks look at: the same for a computed layout and for rectangles measured in a browser. */
export interface DiagramGeometry {
  area: Rect;
  lanes: { role: string; band: Rect }[];
  boxes: { path: string; lane: string; rect: Rect; textRects: Rect[] }[];
  connectors: { from: string; to: string; event: string; points: Point[]; labelRect?: Rect }[];
  /** Every transition of the machine, which must each have exactly one connector. */
  transitions: { from: string; to: string; event: string }[];
}
