// Dates: plain calendar arithmetic with no time zone (calendar.ts) and the partial dates sources give (partial.ts).
export * from './calendar';
export * from './names';
export * from './partial';
