/** False in builds that must not carry the curator's desk (the single file). */
declare const __DESK__: boolean;
