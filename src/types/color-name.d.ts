/** The CSS named colours as [r, g, b] (the package ships no types). */
declare module 'color-name' {
  const names: Readonly<Record<string, readonly [number, number, number]>>;
  export default names;
}
