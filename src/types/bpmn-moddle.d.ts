// bpmn-moddle (used by the BPMN export's tests) ships no type declarations.
declare module 'bpmn-moddle';
