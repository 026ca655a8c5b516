// A guidance page's front matter that passes the schema, for tests that change one field at a time.
export const validGuidance = {
  title: 'Enforcing the sentence',
  description: 'What to do when a person on probation fails to comply.',
  framework: 'national-standards',
  order: 9,
  roles: ['com'],
  lastReviewed: '2026-11-22',
  reviewDue: '2027-11',
  sources: [{ section: '9.1' }],
};
