// Types for the parts of GOV.UK Frontend and MOJ Frontend the browser scripts use: neither package ships its own.

declare module 'govuk-frontend' {
  /** A component class createAll can start: GOV.UK's, MOJ's, or any with a moduleName. */
  export interface ComponentClass<Config = object> {
    new (root: Element, config?: Config): object;
    moduleName: string;
  }
  export interface CreateAllOptions {
    scope?: Element | Document;
    onError?: (error: unknown, context: { element?: Element }) => void;
  }
  export function createAll<Config>(
    component: ComponentClass<Config>,
    config?: Config,
    options?: CreateAllOptions,
  ): object[];
  export const Button: ComponentClass<{ preventDoubleClick?: boolean }>;
  export const ErrorSummary: ComponentClass<{ disableAutoFocus?: boolean }>;
  export const Radios: ComponentClass;
}

declare module '@ministryofjustice/frontend' {
  export class SortableTable {
    static moduleName: string;
    constructor(root: Element, config?: { statusMessage?: string; ascendingText?: string; descendingText?: string });
    getCellValue(cell: HTMLElement): string | number;
  }
}
