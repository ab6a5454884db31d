export * from './text';
export * from './catalogue';
export * from './fact';
export * as payloads from './payloads';
export { gradedInspectionKinds, InspectionKind } from './inspection';
export { StatedReport, StatedTerm } from './terms';
