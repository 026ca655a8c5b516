// Questions staff really ask, written from the source documents, each with the page or step that must come in the top three.
export interface SearchQuestion {
  query: string;
  /** What the answer's address must match. */
  expect: RegExp;
}

export const searchQuestions: SearchQuestion[] = [
  { query: 'how long do I have to send a warning letter', expect: /^\/process-maps\/enforcement\/\?step=sendWarningLetter|national-standards\/09/ },
  { query: 'recall emergency 2 hours', expect: /step=emergencyRecall|national-standards\/09/ },
];
